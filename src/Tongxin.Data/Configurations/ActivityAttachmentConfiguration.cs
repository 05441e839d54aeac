namespace Tongxin.Data.Configurations;

internal sealed class ActivityAttachmentConfiguration : IEntityTypeConfiguration<ActivityAttachment>
{
    public void Configure(EntityTypeBuilder<ActivityAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StampedName).HasMaxLength(100);
        b.HasIndex(x => x.ActivityId);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
