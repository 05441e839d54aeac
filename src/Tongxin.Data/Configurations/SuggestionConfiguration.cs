namespace Tongxin.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.HandlingNote).HasMaxLength(1000);
        b.HasIndex(x => new { x.NodePath, x.Date });
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
