namespace Tongxin.Data.Configurations;

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Owner).HasMaxLength(100);
        b.Property(x => x.Progress).HasMaxLength(2000);
        b.Property(x => x.ReviewerName).HasMaxLength(50);
        b.Property(x => x.ReviewedBy).HasMaxLength(450);
        b.Property(x => x.CheckedBy).HasMaxLength(450);
        b.Property(x => x.WarningReason).HasMaxLength(300);
        b.HasIndex(x => x.VisitId);
        b.HasIndex(x => new { x.Stage, x.DueOn });
        b.HasOne<Visit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}
