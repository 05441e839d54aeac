namespace Tongxin.Data.Configurations;

internal sealed class ProjectTeamMemberConfiguration : IEntityTypeConfiguration<ProjectTeamMember>
{
    public void Configure(EntityTypeBuilder<ProjectTeamMember> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Role).HasMaxLength(20);
        b.Property(x => x.Unit).HasMaxLength(100);
        b.HasIndex(x => x.ProjectId);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
