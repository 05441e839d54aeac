namespace Tongxin.Data.Configurations;

internal sealed class FriendshipContactConfiguration : IEntityTypeConfiguration<FriendshipContact>
{
    public void Configure(EntityTypeBuilder<FriendshipContact> b)
    {
        b.Property(x => x.Form).HasMaxLength(20);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.HasIndex(x => new { x.FriendshipId, x.Date });
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasOne<Friendship>().WithMany().HasForeignKey(x => x.FriendshipId).OnDelete(DeleteBehavior.Cascade);
    }
}
