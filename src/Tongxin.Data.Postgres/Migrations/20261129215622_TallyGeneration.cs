using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TallyGeneration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TallyGenerations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TallyGenerations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tallies_NodePath_Metric_Value",
                table: "Tallies",
                columns: new[] { "NodePath", "Metric", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TallyGenerations");

            migrationBuilder.DropIndex(
                name: "IX_Tallies_NodePath_Metric_Value",
                table: "Tallies");
        }
    }
}
