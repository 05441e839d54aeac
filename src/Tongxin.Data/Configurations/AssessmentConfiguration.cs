using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Configurations;

internal sealed class AssessmentSchemeConfiguration : IEntityTypeConfiguration<AssessmentScheme>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.NodeId, x.Year }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Criteria).HasMaxLength(1000);
        b.Property(x => x.AutoSource).HasMaxLength(50);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.SchemeId, x.SortOrder });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TownAssessmentConfiguration : IEntityTypeConfiguration<TownAssessment>
{
    public void Configure(EntityTypeBuilder<TownAssessment> b)
    {
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.SchemeId, x.NodeId }).IsUnique();
        b.HasIndex(x => new { x.Year, x.NodePath });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> b)
    {
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.Property(x => x.DistrictNote).HasMaxLength(1000);
        b.Property(x => x.AutoFacts).HasMaxLength(1000);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.AssessmentId, x.IndicatorId }).IsUnique();
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentReviewerConfiguration : IEntityTypeConfiguration<AssessmentReviewer>
{
    public void Configure(EntityTypeBuilder<AssessmentReviewer> b)
    {
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.ReviewerName).HasMaxLength(100);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.AssessmentId, x.ReviewerId }).IsUnique();
        b.HasIndex(x => x.ReviewerId);
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewerScoreConfiguration : IEntityTypeConfiguration<ReviewerScore>
{
    public void Configure(EntityTypeBuilder<ReviewerScore> b)
    {
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.AssessmentId, x.ReviewerId, x.IndicatorId }).IsUnique();
        b.HasOne<TownAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    public void Configure(EntityTypeBuilder<AssessmentResult> b)
    {
        b.Property(x => x.TownName).HasMaxLength(100);
        b.Property(x => x.Categories).HasMaxLength(4000);
        b.Property(x => x.LostItems).HasMaxLength(8000);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.AssessmentId).IsUnique();
        b.HasIndex(x => new { x.Year, x.NodePath });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
