namespace Tongxin.Data.Configurations;

internal sealed class TallyConfiguration : IEntityTypeConfiguration<Tally>
{
    public void Configure(EntityTypeBuilder<Tally> b)
    {
        b.Property(x => x.Metric).HasMaxLength(40);
        b.HasIndex(x => new { x.NodePath, x.Metric }).IsUnique();
        b.HasIndex(x => new { x.NodePath, x.Metric, x.Value }); // covering: a dashboard's sums never touch the table
    }
}
