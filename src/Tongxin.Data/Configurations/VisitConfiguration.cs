namespace Tongxin.Data.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Visitors).HasMaxLength(500);
        b.Property(x => x.Findings).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasIndex(x => new { x.Year, x.Kind });
    }
}
