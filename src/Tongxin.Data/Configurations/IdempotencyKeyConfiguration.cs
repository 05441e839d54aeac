namespace Tongxin.Data.Configurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> b)
    {
        b.ToTable("IdempotencyKeys");
        b.HasKey(x => x.Key);
        b.Property(x => x.ResultUrl).HasMaxLength(500);
        b.HasIndex(x => x.CreatedUtc);
    }
}
