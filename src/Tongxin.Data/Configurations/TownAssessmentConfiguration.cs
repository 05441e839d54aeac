namespace Tongxin.Data.Configurations;

internal sealed class TownAssessmentConfiguration : IEntityTypeConfiguration<TownAssessment>
{
    public void Configure(EntityTypeBuilder<TownAssessment> b)
    {
        b.HasIndex(x => new { x.SchemeId, x.NodeId }).IsUnique();
        b.HasIndex(x => new { x.Year, x.NodePath });
        b.HasOne<AssessmentScheme>().WithMany().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
