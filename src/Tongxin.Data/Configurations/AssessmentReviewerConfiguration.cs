namespace Tongxin.Data.Configurations;

internal sealed class AssessmentReviewerConfiguration : IEntityTypeConfiguration<AssessmentReviewer>
{
    public void Configure(EntityTypeBuilder<AssessmentReviewer> b)
    {
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.ReviewerName).HasMaxLength(100);
        b.HasIndex(x => new { x.AssessmentId, x.ReviewerId }).IsUnique();
        b.HasIndex(x => x.ReviewerId);
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
