namespace Tongxin.Data.Configurations;

internal sealed class DutyRuleConfiguration : IEntityTypeConfiguration<DutyRule>
{
    public void Configure(EntityTypeBuilder<DutyRule> b)
    {
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.ActivityTypes).HasMaxLength(200);
        b.Property(x => x.Clause).HasMaxLength(200);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.SubjectBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
