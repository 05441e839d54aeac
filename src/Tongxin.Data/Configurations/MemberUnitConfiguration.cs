namespace Tongxin.Data.Configurations;

internal sealed class MemberUnitConfiguration : IEntityTypeConfiguration<MemberUnit>
{
    public void Configure(EntityTypeBuilder<MemberUnit> b)
    {
        b.Property(x => x.UnitName).HasMaxLength(100);
        b.Property(x => x.Duties).HasMaxLength(2000);
        b.HasOne(x => x.Body).WithMany(x => x.MemberUnits).HasForeignKey(x => x.BodyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
