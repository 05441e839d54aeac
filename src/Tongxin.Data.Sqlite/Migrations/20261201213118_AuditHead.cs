using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHead", x => x.Id);
                });

            // SEC-14: the head starts at the last row written so far (or the genesis); the first start signs it.
            migrationBuilder.Sql("""
                INSERT INTO AuditHead (Id, Seq, Hash, Mac)
                SELECT 1, COALESCE(MAX(Seq), 0),
                       COALESCE((SELECT Hash FROM AuditEntries ORDER BY Seq DESC LIMIT 1), 'GENESIS'), ''
                FROM AuditEntries;
                """);
            migrationBuilder.Sql("CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON AuditHead " +
                "BEGIN SELECT RAISE(ABORT, 'audit head cannot be deleted'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_head_no_delete;");
            migrationBuilder.DropTable(
                name: "AuditHead");
        }
    }
}
