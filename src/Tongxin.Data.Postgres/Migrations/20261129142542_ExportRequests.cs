using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExportRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExportRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    QueryJson = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FilterText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DownloadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExportRequests_NodePath",
                table: "ExportRequests",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_ExportRequests_NodePath_Status",
                table: "ExportRequests",
                columns: new[] { "NodePath", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExportRequests");
        }
    }
}
