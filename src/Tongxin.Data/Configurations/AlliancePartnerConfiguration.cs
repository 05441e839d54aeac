namespace Tongxin.Data.Configurations;

internal sealed class AlliancePartnerConfiguration : IEntityTypeConfiguration<AlliancePartner>
{
    public void Configure(EntityTypeBuilder<AlliancePartner> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Contact).HasMaxLength(100);
    }
}
