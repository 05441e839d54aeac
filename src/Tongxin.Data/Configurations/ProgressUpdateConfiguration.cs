namespace Tongxin.Data.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.RecordedBy).HasMaxLength(450);
        b.Property(x => x.RecordedByName).HasMaxLength(50);
        b.HasIndex(x => new { x.TaskId, x.Date });
        b.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
