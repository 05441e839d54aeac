namespace Tongxin.Data.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Unit).HasMaxLength(100);
        b.HasIndex(x => x.CadreId);
        b.HasOne<NonPartyCadre>().WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
    }
}
