namespace Tongxin.Data.Configurations;

internal sealed class TallyGenerationConfiguration : IEntityTypeConfiguration<TallyGeneration>
{
    public void Configure(EntityTypeBuilder<TallyGeneration> b) => b.Property(x => x.Id).ValueGeneratedNever();
}
