namespace Tongxin.Data.Configurations;

internal sealed class PendingChangeConfiguration : IEntityTypeConfiguration<PendingChange>
{
    public void Configure(EntityTypeBuilder<PendingChange> b)
    {
        b.Property(x => x.PersonName).HasMaxLength(50);
        b.Property(x => x.ProposedBy).HasMaxLength(100);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => new { x.NodePath, x.Status });
        b.HasIndex(x => x.PersonId);
    }
}
