namespace Tongxin.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.Property(x => x.Job).HasMaxLength(100);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Instance).HasMaxLength(200);
        b.Property(x => x.StartedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Job, x.StartedUtc });
    }
}
