namespace Tongxin.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Property(x => x.Number).HasMaxLength(50);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.SetNull);
    }
}
