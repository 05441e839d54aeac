using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringScopeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tallies_NodePath",
                table: "Tallies");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_NodePath",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_PoliticalArrangements_NodePath",
                table: "PoliticalArrangements");

            migrationBuilder.DropIndex(
                name: "IX_People_NodePath",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_NodePath_Categories",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_NodePath_NameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_PendingChanges_NodePath",
                table: "PendingChanges");

            migrationBuilder.DropIndex(
                name: "IX_FriendshipContacts_NodePath",
                table: "FriendshipContacts");

            migrationBuilder.DropIndex(
                name: "IX_ExportRequests_NodePath",
                table: "ExportRequests");

            migrationBuilder.DropIndex(
                name: "IX_Activities_NodePath",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_Categories_NameKey_Id",
                table: "People",
                columns: new[] { "NodePath", "Categories", "NameKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_NameKey_Id",
                table: "People",
                columns: new[] { "NodePath", "NameKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_NodePath_Categories_NameKey_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_NodePath_NameKey_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Tallies_NodePath",
                table: "Tallies",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_NodePath",
                table: "Suggestions",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalArrangements_NodePath",
                table: "PoliticalArrangements",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath",
                table: "People",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_Categories",
                table: "People",
                columns: new[] { "NodePath", "Categories" });

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_NameKey",
                table: "People",
                columns: new[] { "NodePath", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingChanges_NodePath",
                table: "PendingChanges",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_FriendshipContacts_NodePath",
                table: "FriendshipContacts",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_ExportRequests_NodePath",
                table: "ExportRequests",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_NodePath",
                table: "Activities",
                column: "NodePath");
        }
    }
}
