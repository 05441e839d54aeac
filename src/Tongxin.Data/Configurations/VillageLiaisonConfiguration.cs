namespace Tongxin.Data.Configurations;

internal sealed class VillageLiaisonConfiguration : IEntityTypeConfiguration<VillageLiaison>
{
    public void Configure(EntityTypeBuilder<VillageLiaison> b)
    {
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
