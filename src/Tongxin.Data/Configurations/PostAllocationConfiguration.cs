namespace Tongxin.Data.Configurations;

internal sealed class PostAllocationConfiguration : IEntityTypeConfiguration<PostAllocation>
{
    public void Configure(EntityTypeBuilder<PostAllocation> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(100);
        b.HasOne(x => x.Post).WithMany(x => x.Allocations).HasForeignKey(x => x.PostId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
