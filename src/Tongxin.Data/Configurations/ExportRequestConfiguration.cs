namespace Tongxin.Data.Configurations;

internal sealed class ExportRequestConfiguration : IEntityTypeConfiguration<ExportRequest>
{
    public void Configure(EntityTypeBuilder<ExportRequest> b)
    {
        b.Property(x => x.RequestedBy).HasMaxLength(100);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.QueryJson).HasMaxLength(1000);
        b.Property(x => x.FilterText).HasMaxLength(500);
        b.Property(x => x.Purpose).HasMaxLength(200);
        b.HasIndex(x => new { x.NodePath, x.Status });
    }
}
