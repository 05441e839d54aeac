using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_RecordedBy_Date",
                table: "Activities",
                columns: new[] { "RecordedBy", "Date" });

            // Activities recorded before this column: their recorder is the user of their creation's audit row.
            migrationBuilder.Sql("""
                UPDATE "Activities" SET "RecordedBy" = (SELECT e."UserId" FROM "AuditEntries" e
                WHERE e."ObjectType" = 'Activity' AND e."Event" = 'create'
                AND lower(e."ObjectId") = lower("Activities"."Id") LIMIT 1);
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
