namespace Tongxin.Data.Configurations;

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b) => b.Property(x => x.DisplayName).HasMaxLength(50);
}
