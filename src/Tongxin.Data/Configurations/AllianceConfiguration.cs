namespace Tongxin.Data.Configurations;

internal sealed class AllianceConfiguration : IEntityTypeConfiguration<Alliance>
{
    public void Configure(EntityTypeBuilder<Alliance> b)
    {
        b.Property(x => x.Aim).HasMaxLength(500);
        b.HasIndex(x => new { x.PartnerId, x.NodeId }).IsUnique();
        b.HasOne<AlliancePartner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
