namespace Tongxin.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(x => x.Seq);
        b.Property(x => x.Seq).ValueGeneratedNever();
        b.Property(x => x.Event).HasMaxLength(40);
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.Ip).HasMaxLength(64);
        b.Property(x => x.ObjectType).HasMaxLength(60);
        b.Property(x => x.ObjectId).HasMaxLength(100);
        b.Property(x => x.PrevHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.TimeUtc);
        b.HasIndex(x => new { x.Event, x.TimeUtc });
    }
}
