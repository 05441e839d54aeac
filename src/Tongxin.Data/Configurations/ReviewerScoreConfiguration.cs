namespace Tongxin.Data.Configurations;

internal sealed class ReviewerScoreConfiguration : IEntityTypeConfiguration<ReviewerScore>
{
    public void Configure(EntityTypeBuilder<ReviewerScore> b)
    {
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.AssessmentId, x.ReviewerId, x.IndicatorId }).IsUnique();
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
