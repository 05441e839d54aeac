namespace Tongxin.Data.Configurations;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> b)
    {
        b.Property(x => x.Result).HasMaxLength(10);
        b.Property(x => x.Notes).HasMaxLength(500);
        b.HasIndex(x => new { x.PersonId, x.Year }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
