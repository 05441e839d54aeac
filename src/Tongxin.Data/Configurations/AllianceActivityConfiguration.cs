namespace Tongxin.Data.Configurations;

internal sealed class AllianceActivityConfiguration : IEntityTypeConfiguration<AllianceActivity>
{
    public void Configure(EntityTypeBuilder<AllianceActivity> b)
    {
        b.HasIndex(x => x.AllianceId);
        b.HasIndex(x => x.ActivityId).IsUnique();
        b.HasOne<Alliance>().WithMany().HasForeignKey(x => x.AllianceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
