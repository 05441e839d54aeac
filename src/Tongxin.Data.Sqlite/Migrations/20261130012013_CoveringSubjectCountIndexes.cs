using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringSubjectCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_BodyId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_MemberUnitId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_PersonId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_BodyId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "BodyId", "Day", "HasEvidence", "NodePath" },
                filter: "\"BodyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_MemberUnitId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "MemberUnitId", "Day", "HasEvidence", "NodePath" },
                filter: "\"MemberUnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_PersonId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "PersonId", "Day", "HasEvidence", "NodePath" },
                filter: "\"PersonId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_BodyId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_MemberUnitId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_PersonId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_BodyId",
                table: "Activities",
                columns: new[] { "Year", "Type", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_MemberUnitId",
                table: "Activities",
                columns: new[] { "Year", "Type", "MemberUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_PersonId",
                table: "Activities",
                columns: new[] { "Year", "Type", "PersonId" });
        }
    }
}
