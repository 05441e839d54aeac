using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Configurations;

internal sealed class TownOfficerConfiguration : IEntityTypeConfiguration<TownOfficer>
{
    public void Configure(EntityTypeBuilder<TownOfficer> b)
    {
        b.Property(x => x.ExceptionalReason).HasMaxLength(500);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.NodePath);
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
