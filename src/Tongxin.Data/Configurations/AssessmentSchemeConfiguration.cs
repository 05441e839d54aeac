namespace Tongxin.Data.Configurations;

internal sealed class AssessmentSchemeConfiguration : IEntityTypeConfiguration<AssessmentScheme>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.HasIndex(x => new { x.NodeId, x.Year }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
