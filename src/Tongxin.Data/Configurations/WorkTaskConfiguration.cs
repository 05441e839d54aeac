namespace Tongxin.Data.Configurations;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.OwnerUnit).HasMaxLength(100);
        b.Property(x => x.Lead).HasMaxLength(50);
        b.Property(x => x.Duty).HasMaxLength(500);
        b.Property(x => x.Metric).HasMaxLength(100);
        b.Property(x => x.MetricUnit).HasMaxLength(10);
        b.Property(x => x.Evaluation).HasMaxLength(500);
        b.Property(x => x.WarningReason).HasMaxLength(300);
        b.HasIndex(x => new { x.PlanId, x.Year });
        b.HasIndex(x => x.GoalId);
        b.HasIndex(x => x.ProjectId);
        b.HasIndex(x => x.WorkLineId);
        b.HasIndex(x => new { x.Warning, x.Year });
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkLine>().WithMany().HasForeignKey(x => x.WorkLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
