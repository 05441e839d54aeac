namespace Tongxin.Data.Configurations;

internal sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> b)
    {
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.Kind, x.Code }).IsUnique();
    }
}
