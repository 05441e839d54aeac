namespace Tongxin.Data.Configurations;

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> b)
    {
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.Property(x => x.DistrictNote).HasMaxLength(1000);
        b.Property(x => x.AutoFacts).HasMaxLength(1000);
        b.HasIndex(x => new { x.AssessmentId, x.IndicatorId }).IsUnique();
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
