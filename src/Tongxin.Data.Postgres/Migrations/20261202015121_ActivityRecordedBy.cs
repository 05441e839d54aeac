using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActivityRecordedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "Activities",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_RecordedBy_Date",
                table: "Activities",
                columns: new[] { "RecordedBy", "Date" });

            // Activities recorded before this column: their recorder is the user of their creation's audit row.
            migrationBuilder.Sql("""
                UPDATE "Activities" a SET "RecordedBy" = e."UserId" FROM "AuditEntries" e
                WHERE e."ObjectType" = 'Activity' AND e."Event" = 'create' AND e."ObjectId" = a."Id"::text;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_RecordedBy_Date",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "Activities");
        }
    }
}
