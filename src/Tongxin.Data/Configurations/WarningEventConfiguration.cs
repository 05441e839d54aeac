namespace Tongxin.Data.Configurations;

internal sealed class WarningEventConfiguration : IEntityTypeConfiguration<WarningEvent>
{
    public void Configure(EntityTypeBuilder<WarningEvent> b)
    {
        b.Property(x => x.SubjectType).HasMaxLength(40);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.Property(x => x.AcknowledgedBy).HasMaxLength(450);
        b.HasIndex(x => new { x.SubjectId, x.RaisedOn });
    }
}
