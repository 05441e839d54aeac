namespace Tongxin.Data.Configurations;

internal sealed class LiaisonAssignmentConfiguration : IEntityTypeConfiguration<LiaisonAssignment>
{
    public void Configure(EntityTypeBuilder<LiaisonAssignment> b)
    {
        b.Property(x => x.CadreName).HasMaxLength(50);
        b.Property(x => x.CadrePost).HasMaxLength(100);
        b.Property(x => x.CadreUserId).HasMaxLength(450);
        // LIA-1: one cadre per town and year, one town per cadre and year — held by the database, not only the form.
        b.HasIndex(x => new { x.Year, x.NodeId }).IsUnique();
        b.HasIndex(x => new { x.Year, x.CadreName }).IsUnique();
        b.HasIndex(x => x.CadreUserId);
    }
}
