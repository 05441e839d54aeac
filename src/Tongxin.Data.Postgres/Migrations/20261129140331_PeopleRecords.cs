using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PeopleRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RecognisedOn",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Friendships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    FriendId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Friendships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Friendships_People_FriendId",
                        column: x => x.FriendId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Friendships_People_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NonPartyCadres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NonPartyCadres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NonPartyCadres_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PendingChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PayloadCipher = table.Column<string>(type: "text", nullable: false),
                    BaseVersion = table.Column<long>(type: "bigint", nullable: false),
                    ProposerSensitive = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoliticalArrangements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Chamber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Seat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ElectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliticalArrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoliticalArrangements_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Suggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Handling = table.Column<int>(type: "integer", nullable: false),
                    HandlingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suggestions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownOfficers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    SectionLevel = table.Column<bool>(type: "boolean", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Exceptional = table.Column<bool>(type: "boolean", nullable: false),
                    ExceptionalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownOfficers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TownOfficers_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VillageLiaisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageLiaisons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VillageLiaisons_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VillageLiaisons_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FriendshipContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FriendshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FriendshipContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FriendshipContacts_Friendships_FriendshipId",
                        column: x => x.FriendshipId,
                        principalTable: "Friendships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CadreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TownId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_NonPartyCadres_CadreId",
                        column: x => x.CadreId,
                        principalTable: "NonPartyCadres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Placements_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_NodePath",
                table: "AnnualReviews",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_PersonId_Year",
                table: "AnnualReviews",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FriendshipContacts_FriendshipId_Date",
                table: "FriendshipContacts",
                columns: new[] { "FriendshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FriendshipContacts_NodePath",
                table: "FriendshipContacts",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_FriendshipContacts_NodePath_Date",
                table: "FriendshipContacts",
                columns: new[] { "NodePath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Friendships_FriendId",
                table: "Friendships",
                column: "FriendId");

            migrationBuilder.CreateIndex(
                name: "IX_Friendships_LeaderId_FriendId",
                table: "Friendships",
                columns: new[] { "LeaderId", "FriendId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Friendships_NodePath",
                table: "Friendships",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_NonPartyCadres_NodePath",
                table: "NonPartyCadres",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_NonPartyCadres_PersonId",
                table: "NonPartyCadres",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingChanges_NodePath",
                table: "PendingChanges",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_PendingChanges_NodePath_Status",
                table: "PendingChanges",
                columns: new[] { "NodePath", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingChanges_PersonId",
                table: "PendingChanges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CadreId",
                table: "Placements",
                column: "CadreId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_NodePath",
                table: "Placements",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_TownId",
                table: "Placements",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalArrangements_NodePath",
                table: "PoliticalArrangements",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalArrangements_NodePath_TermEndsOn",
                table: "PoliticalArrangements",
                columns: new[] { "NodePath", "TermEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalArrangements_PersonId",
                table: "PoliticalArrangements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_NodePath",
                table: "Suggestions",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_NodePath_Date",
                table: "Suggestions",
                columns: new[] { "NodePath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_PersonId",
                table: "Suggestions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TownOfficers_NodeId",
                table: "TownOfficers",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_TownOfficers_NodePath",
                table: "TownOfficers",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_TownOfficers_PersonId",
                table: "TownOfficers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_VillageLiaisons_NodeId",
                table: "VillageLiaisons",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_VillageLiaisons_NodePath",
                table: "VillageLiaisons",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_VillageLiaisons_PersonId",
                table: "VillageLiaisons",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropTable(
                name: "FriendshipContacts");

            migrationBuilder.DropTable(
                name: "PendingChanges");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "PoliticalArrangements");

            migrationBuilder.DropTable(
                name: "Suggestions");

            migrationBuilder.DropTable(
                name: "TownOfficers");

            migrationBuilder.DropTable(
                name: "VillageLiaisons");

            migrationBuilder.DropTable(
                name: "Friendships");

            migrationBuilder.DropTable(
                name: "NonPartyCadres");

            migrationBuilder.DropColumn(
                name: "RecognisedOn",
                table: "People");
        }
    }
}
