namespace Tongxin.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Criteria).HasMaxLength(1000);
        b.Property(x => x.AutoSource).HasMaxLength(50);
        b.HasIndex(x => new { x.SchemeId, x.SortOrder });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}
