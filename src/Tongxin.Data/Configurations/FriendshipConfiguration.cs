namespace Tongxin.Data.Configurations;

internal sealed class FriendshipConfiguration : IEntityTypeConfiguration<Friendship>
{
    public void Configure(EntityTypeBuilder<Friendship> b)
    {
        b.HasIndex(x => new { x.LeaderId, x.FriendId }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.LeaderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.FriendId).OnDelete(DeleteBehavior.Cascade);
    }
}
