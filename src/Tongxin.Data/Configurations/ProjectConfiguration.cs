namespace Tongxin.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Field).HasMaxLength(60);
        b.Property(x => x.Leader).HasMaxLength(100);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.DocumentNo).HasMaxLength(60);
        b.HasIndex(x => new { x.Year, x.SortOrder });
    }
}
