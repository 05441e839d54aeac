namespace Tongxin.Data.Configurations;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne(x => x.ParentBody).WithMany().HasForeignKey(x => x.ParentBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
