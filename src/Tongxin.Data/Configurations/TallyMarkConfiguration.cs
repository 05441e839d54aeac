namespace Tongxin.Data.Configurations;

internal sealed class TallyMarkConfiguration : IEntityTypeConfiguration<TallyMark>
{
    public void Configure(EntityTypeBuilder<TallyMark> b)
    {
    }
}
