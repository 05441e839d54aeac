using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeopleCategoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_Categories",
                table: "People",
                columns: new[] { "NodePath", "Categories" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_NodePath_Categories",
                table: "People");
        }
    }
}
