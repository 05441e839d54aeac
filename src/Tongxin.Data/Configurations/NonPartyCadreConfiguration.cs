namespace Tongxin.Data.Configurations;

internal sealed class NonPartyCadreConfiguration : IEntityTypeConfiguration<NonPartyCadre>
{
    public void Configure(EntityTypeBuilder<NonPartyCadre> b)
    {
        b.Property(x => x.Rank).HasMaxLength(20);
        b.Property(x => x.Post).HasMaxLength(100);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
