using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringComplianceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_NodeId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_NodeId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "NodeId", "Day", "HasEvidence", "NodePath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_NodeId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_NodeId",
                table: "Activities",
                columns: new[] { "Year", "Type", "NodeId" });
        }
    }
}
