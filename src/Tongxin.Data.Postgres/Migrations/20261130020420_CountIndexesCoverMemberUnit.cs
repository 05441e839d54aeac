using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CountIndexesCoverMemberUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_BodyId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_NodeId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_PersonId_Day_HasEvidence_NodePath",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_BodyCounts",
                table: "Activities",
                columns: new[] { "Year", "Type", "BodyId", "Day", "HasEvidence", "NodePath", "MemberUnitId" },
                filter: "\"BodyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_NodeCounts",
                table: "Activities",
                columns: new[] { "Year", "Type", "NodeId", "Day", "HasEvidence", "NodePath", "MemberUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PersonCounts",
                table: "Activities",
                columns: new[] { "Year", "Type", "PersonId", "Day", "HasEvidence", "NodePath", "MemberUnitId" },
                filter: "\"PersonId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_BodyCounts",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_NodeCounts",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_PersonCounts",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_BodyId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "BodyId", "Day", "HasEvidence", "NodePath" },
                filter: "\"BodyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_NodeId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "NodeId", "Day", "HasEvidence", "NodePath" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_PersonId_Day_HasEvidence_NodePath",
                table: "Activities",
                columns: new[] { "Year", "Type", "PersonId", "Day", "HasEvidence", "NodePath" },
                filter: "\"PersonId\" IS NOT NULL");
        }
    }
}
