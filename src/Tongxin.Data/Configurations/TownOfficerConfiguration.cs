namespace Tongxin.Data.Configurations;

internal sealed class TownOfficerConfiguration : IEntityTypeConfiguration<TownOfficer>
{
    public void Configure(EntityTypeBuilder<TownOfficer> b)
    {
        b.Property(x => x.ExceptionalReason).HasMaxLength(500);
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
