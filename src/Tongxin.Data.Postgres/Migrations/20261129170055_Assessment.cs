using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentSchemes_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TownId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    AccountabilityFlag = table.Column<bool>(type: "boolean", nullable: false),
                    Categories = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LostItems = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentResults_AssessmentSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "AssessmentSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Criteria = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    AutoSource = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_AssessmentSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "AssessmentSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinalScore = table.Column<int>(type: "integer", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownAssessments_AssessmentSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "AssessmentSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TownAssessments_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentReviewers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentReviewers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentReviewers_TownAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "TownAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewerScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewerScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewerScores_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewerScores_TownAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "TownAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfScore = table.Column<int>(type: "integer", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DistrictScore = table.Column<int>(type: "integer", nullable: true),
                    DistrictNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AutoScore = table.Column<int>(type: "integer", nullable: true),
                    AutoFacts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Final = table.Column<int>(type: "integer", nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scores_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Scores_TownAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "TownAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_AssessmentId",
                table: "AssessmentResults",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_NodePath",
                table: "AssessmentResults",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_SchemeId",
                table: "AssessmentResults",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_Year_NodePath",
                table: "AssessmentResults",
                columns: new[] { "Year", "NodePath" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentReviewers_AssessmentId_ReviewerId",
                table: "AssessmentReviewers",
                columns: new[] { "AssessmentId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentReviewers_NodePath",
                table: "AssessmentReviewers",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentReviewers_ReviewerId",
                table: "AssessmentReviewers",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSchemes_DocumentId",
                table: "AssessmentSchemes",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSchemes_NodeId_Year",
                table: "AssessmentSchemes",
                columns: new[] { "NodeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSchemes_NodePath",
                table: "AssessmentSchemes",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NodePath",
                table: "Indicators",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SchemeId_SortOrder",
                table: "Indicators",
                columns: new[] { "SchemeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerScores_AssessmentId_ReviewerId_IndicatorId",
                table: "ReviewerScores",
                columns: new[] { "AssessmentId", "ReviewerId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerScores_IndicatorId",
                table: "ReviewerScores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerScores_NodePath",
                table: "ReviewerScores",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_AssessmentId_IndicatorId",
                table: "Scores",
                columns: new[] { "AssessmentId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_IndicatorId",
                table: "Scores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_NodePath",
                table: "Scores",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_NodeId",
                table: "TownAssessments",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_NodePath",
                table: "TownAssessments",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_SchemeId_NodeId",
                table: "TownAssessments",
                columns: new[] { "SchemeId", "NodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_Year_NodePath",
                table: "TownAssessments",
                columns: new[] { "Year", "NodePath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentResults");

            migrationBuilder.DropTable(
                name: "AssessmentReviewers");

            migrationBuilder.DropTable(
                name: "ReviewerScores");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "TownAssessments");

            migrationBuilder.DropTable(
                name: "AssessmentSchemes");
        }
    }
}
