namespace Tongxin.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.DocumentNo).HasMaxLength(60);
        b.Property(x => x.Summary).HasMaxLength(2000);
    }
}
