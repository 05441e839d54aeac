namespace Tongxin.Data.Configurations;

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(50);
        b.Property(x => x.Position).HasMaxLength(100);
        b.Property(x => x.Duty).HasMaxLength(20);
        b.HasOne(x => x.Body).WithMany(x => x.Members).HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
