namespace Tongxin.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("Notices");
        b.Property(x => x.RecipientId).HasMaxLength(450);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(4000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.DedupKey).HasMaxLength(100);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // the inbox: a user's notices, newest first, and the bell's unread count
        b.HasIndex(x => new { x.RecipientId, x.AcknowledgedUtc, x.CreatedUtc });
        b.HasIndex(x => new { x.RecipientId, x.Source, x.DedupKey }).IsUnique();
    }
}
