using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Configurations;

internal sealed class NonPartyCadreConfiguration : IEntityTypeConfiguration<NonPartyCadre>
{
    public void Configure(EntityTypeBuilder<NonPartyCadre> b)
    {
        b.Property(x => x.Rank).HasMaxLength(20);
        b.Property(x => x.Post).HasMaxLength(100);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasIndex(x => x.NodePath);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Unit).HasMaxLength(100);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.CadreId);
        b.HasIndex(x => x.NodePath);
        b.HasOne<NonPartyCadre>().WithMany().HasForeignKey(x => x.CadreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.TownId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PoliticalArrangementConfiguration : IEntityTypeConfiguration<PoliticalArrangement>
{
    public void Configure(EntityTypeBuilder<PoliticalArrangement> b)
    {
        b.Property(x => x.Chamber).HasMaxLength(10);
        b.Property(x => x.Level).HasMaxLength(20);
        b.Property(x => x.Term).HasMaxLength(20);
        b.Property(x => x.Seat).HasMaxLength(20);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => new { x.NodePath, x.TermEndsOn });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> b)
    {
        b.Property(x => x.Result).HasMaxLength(10);
        b.Property(x => x.Notes).HasMaxLength(500);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.PersonId, x.Year }).IsUnique();
        b.HasIndex(x => x.NodePath);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class FriendshipContactConfiguration : IEntityTypeConfiguration<FriendshipContact>
{
    public void Configure(EntityTypeBuilder<FriendshipContact> b)
    {
        b.Property(x => x.Form).HasMaxLength(20);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.FriendshipId, x.Date });
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasOne<Friendship>().WithMany().HasForeignKey(x => x.FriendshipId).OnDelete(DeleteBehavior.Cascade);
    }
}

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

internal sealed class VillageLiaisonConfiguration : IEntityTypeConfiguration<VillageLiaison>
{
    public void Configure(EntityTypeBuilder<VillageLiaison> b)
    {
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => x.NodePath);
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PendingChangeConfiguration : IEntityTypeConfiguration<PendingChange>
{
    public void Configure(EntityTypeBuilder<PendingChange> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(50);
        b.Property(x => x.ProposedBy).HasMaxLength(100);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.NodePath, x.Status });
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.HandlingNote).HasMaxLength(1000);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExportRequestConfiguration : IEntityTypeConfiguration<ExportRequest>
{
    public void Configure(EntityTypeBuilder<ExportRequest> b)
    {
        b.Property(x => x.RequestedBy).HasMaxLength(100);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.QueryJson).HasMaxLength(1000);
        b.Property(x => x.FilterText).HasMaxLength(500);
        b.Property(x => x.Purpose).HasMaxLength(200);
        b.Property(x => x.NodePath).HasMaxLength(200);
        b.HasIndex(x => new { x.NodePath, x.Status });
    }
}
