namespace Tongxin.Data.Configurations;

internal sealed class WorkLineConfiguration : IEntityTypeConfiguration<WorkLine>
{
    public void Configure(EntityTypeBuilder<WorkLine> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Leader).HasMaxLength(100);
        b.Property(x => x.Units).HasMaxLength(1000);
        b.Property(x => x.DocumentNo).HasMaxLength(60);
        b.HasIndex(x => new { x.Year, x.SortOrder });
    }
}
