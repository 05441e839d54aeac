namespace Tongxin.Data.Configurations;

internal sealed class PoliticalArrangementConfiguration : IEntityTypeConfiguration<PoliticalArrangement>
{
    public void Configure(EntityTypeBuilder<PoliticalArrangement> b)
    {
        b.Property(x => x.Chamber).HasMaxLength(10);
        b.Property(x => x.Level).HasMaxLength(20);
        b.Property(x => x.Term).HasMaxLength(20);
        b.Property(x => x.Seat).HasMaxLength(20);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => new { x.NodePath, x.TermEndsOn });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
