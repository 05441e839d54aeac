using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Configurations;

internal sealed class FriendshipConfiguration : IEntityTypeConfiguration<Friendship>
{
    public void Configure(EntityTypeBuilder<Friendship> b)
    {
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.LeaderId, x.FriendId }).IsUnique();
        b.HasIndex(x => x.NodePath);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.LeaderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.FriendId).OnDelete(DeleteBehavior.Cascade);
    }
}
