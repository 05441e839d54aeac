using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DictionaryItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DictionaryItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RepresentativeLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DictionaryItems_Kind_Code",
                table: "DictionaryItems",
                columns: new[] { "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_IdIndex",
                table: "People",
                column: "IdIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_NodeId",
                table: "People",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath",
                table: "People",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_People_NodePath_NameKey",
                table: "People",
                columns: new[] { "NodePath", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_PhoneIndex",
                table: "People",
                column: "PhoneIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DictionaryItems");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
