namespace Tongxin.Data.Configurations;

internal sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    public void Configure(EntityTypeBuilder<AssessmentResult> b)
    {
        b.Property(x => x.TownName).HasMaxLength(100);
        b.Property(x => x.Categories).HasMaxLength(4000);
        b.Property(x => x.LostItems).HasMaxLength(8000);
        b.HasIndex(x => x.AssessmentId).IsUnique();
        b.HasIndex(x => new { x.Year, x.NodePath });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
