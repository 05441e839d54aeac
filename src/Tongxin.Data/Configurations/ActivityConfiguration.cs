namespace Tongxin.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.Property(x => x.Type).HasMaxLength(20);
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.Minutes).HasMaxLength(8000);
        b.Property(x => x.Participants).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.RecordedBy, x.Date });
        // Counting by rule: year and type first, then the subject (body, member unit, person or node), then what the
        // grouped count reads (the day for R10-style rules, the evidence flag, and the scope filter's path range and
        // member unit), so it reads the index alone and never the rows. The subject indexes hold only the activities
        // that have that subject. PostgreSQL, province data, every type-1 body's T02 activities of a year (500,000):
        // 2.6 s → 0.22 s; a county in province data, node-level rule: 30 → 9 ms. The member unit is nearly always
        // empty, which costs a bit at most; without it SQLite read every counted row to check the filter.
        b.HasIndex(x => new { x.Year, x.Type, x.BodyId, x.Day, x.HasEvidence, x.NodePath, x.MemberUnitId })
            .HasFilter("\"BodyId\" IS NOT NULL")
            .HasDatabaseName("IX_Activities_BodyCounts");
        b.HasIndex(x => new { x.Year, x.Type, x.MemberUnitId, x.Day, x.HasEvidence, x.NodePath })
            .HasFilter("\"MemberUnitId\" IS NOT NULL");
        b.HasIndex(x => new { x.Year, x.Type, x.PersonId, x.Day, x.HasEvidence, x.NodePath, x.MemberUnitId })
            .HasFilter("\"PersonId\" IS NOT NULL")
            .HasDatabaseName("IX_Activities_PersonCounts");
        b.HasIndex(x => new { x.Year, x.Type, x.NodeId, x.Day, x.HasEvidence, x.NodePath, x.MemberUnitId })
            .HasDatabaseName("IX_Activities_NodeCounts");
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MemberUnit>().WithMany().HasForeignKey(x => x.MemberUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
