using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlansAndLiaison : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlliancePartner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlliancePartner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlliancePartner_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFile",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StampedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFile", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CadreName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CadrePost = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CadreUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonAssignment_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    DocumentNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plan_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Project",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Leader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DocumentNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Project", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Project_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Visit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Visitors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CrossCheck = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visit_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WarningEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningEvent_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Leader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Units = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DocumentNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkLine_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Alliance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Aim = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alliance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alliance_AlliancePartner_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "AlliancePartner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Alliance_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goal_Goal_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Goal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goal_Plan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Goal_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectTeamMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectTeamMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectTeamMember_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectTeamMember_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    FileCount = table.Column<int>(type: "integer", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Warning = table.Column<int>(type: "integer", nullable: false),
                    WarningSince = table.Column<DateOnly>(type: "date", nullable: true),
                    WarningReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationItem_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationItem_Visit_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AllianceActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AllianceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceActivity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllianceActivity_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllianceActivity_Alliance_AllianceId",
                        column: x => x.AllianceId,
                        principalTable: "Alliance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllianceActivity_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkTask",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Lead = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Duty = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Metric = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MetricUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Evaluation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastUpdateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastEvidenceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Warning = table.Column<int>(type: "integer", nullable: false),
                    WarningSince = table.Column<DateOnly>(type: "date", nullable: true),
                    WarningReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkTask", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkTask_Goal_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkTask_Plan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkTask_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkTask_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkTask_WorkLine_WorkLineId",
                        column: x => x.WorkLineId,
                        principalTable: "WorkLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Milestone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestone_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Milestone_WorkTask_TaskId",
                        column: x => x.TaskId,
                        principalTable: "WorkTask",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FileCount = table.Column<int>(type: "integer", nullable: false),
                    HasEvidence = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NodePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdate_Regions_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressUpdate_WorkTask_TaskId",
                        column: x => x.TaskId,
                        principalTable: "WorkTask",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alliance_NodeId",
                table: "Alliance",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Alliance_NodePath",
                table: "Alliance",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Alliance_PartnerId_NodeId",
                table: "Alliance",
                columns: new[] { "PartnerId", "NodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActivity_ActivityId",
                table: "AllianceActivity",
                column: "ActivityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActivity_AllianceId",
                table: "AllianceActivity",
                column: "AllianceId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActivity_NodeId",
                table: "AllianceActivity",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActivity_NodePath",
                table: "AllianceActivity",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_AlliancePartner_NodeId",
                table: "AlliancePartner",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_AlliancePartner_NodePath",
                table: "AlliancePartner",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFile_NodePath",
                table: "EvidenceFile",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFile_OwnerId",
                table: "EvidenceFile",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Goal_NodeId",
                table: "Goal",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Goal_NodePath",
                table: "Goal",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Goal_ParentId",
                table: "Goal",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Goal_PlanId_Level_Year",
                table: "Goal",
                columns: new[] { "PlanId", "Level", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignment_CadreUserId",
                table: "LiaisonAssignment",
                column: "CadreUserId");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignment_NodeId",
                table: "LiaisonAssignment",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignment_NodePath",
                table: "LiaisonAssignment",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignment_Year_CadreName",
                table: "LiaisonAssignment",
                columns: new[] { "Year", "CadreName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignment_Year_NodeId",
                table: "LiaisonAssignment",
                columns: new[] { "Year", "NodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_NodeId",
                table: "Milestone",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_NodePath",
                table: "Milestone",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_TaskId_DueOn",
                table: "Milestone",
                columns: new[] { "TaskId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plan_NodeId",
                table: "Plan",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Plan_NodePath",
                table: "Plan",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_NodeId",
                table: "ProgressUpdate",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_NodePath",
                table: "ProgressUpdate",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_TaskId_Date",
                table: "ProgressUpdate",
                columns: new[] { "TaskId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Project_NodeId",
                table: "Project",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Project_NodePath",
                table: "Project",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_Project_Year_SortOrder",
                table: "Project",
                columns: new[] { "Year", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTeamMember_NodeId",
                table: "ProjectTeamMember",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTeamMember_NodePath",
                table: "ProjectTeamMember",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTeamMember_ProjectId",
                table: "ProjectTeamMember",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItem_NodeId",
                table: "RectificationItem",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItem_NodePath",
                table: "RectificationItem",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItem_Stage_DueOn",
                table: "RectificationItem",
                columns: new[] { "Stage", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItem_VisitId",
                table: "RectificationItem",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visit_NodeId",
                table: "Visit",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Visit_NodePath_Date",
                table: "Visit",
                columns: new[] { "NodePath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Visit_Year_Kind",
                table: "Visit",
                columns: new[] { "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningEvent_NodeId",
                table: "WarningEvent",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_WarningEvent_NodePath",
                table: "WarningEvent",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_WarningEvent_SubjectId_RaisedOn",
                table: "WarningEvent",
                columns: new[] { "SubjectId", "RaisedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkLine_NodeId",
                table: "WorkLine",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkLine_NodePath",
                table: "WorkLine",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_WorkLine_Year_SortOrder",
                table: "WorkLine",
                columns: new[] { "Year", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_GoalId",
                table: "WorkTask",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_NodeId",
                table: "WorkTask",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_NodePath",
                table: "WorkTask",
                column: "NodePath");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_PlanId_Year",
                table: "WorkTask",
                columns: new[] { "PlanId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_ProjectId",
                table: "WorkTask",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_Warning_Year",
                table: "WorkTask",
                columns: new[] { "Warning", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTask_WorkLineId",
                table: "WorkTask",
                column: "WorkLineId");

            // The new tables' NodePath columns get the fine statistics every NodePath column keeps (NodePathStatistics).
            foreach (var table in new[] { "AlliancePartner", "EvidenceFile", "LiaisonAssignment", "Plan", "Project",
                "Visit", "WarningEvent", "WorkLine", "Alliance", "Goal", "ProjectTeamMember", "RectificationItem",
                "AllianceActivity", "WorkTask", "Milestone", "ProgressUpdate" })
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ALTER COLUMN "NodePath" SET STATISTICS 2000;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllianceActivity");

            migrationBuilder.DropTable(
                name: "EvidenceFile");

            migrationBuilder.DropTable(
                name: "LiaisonAssignment");

            migrationBuilder.DropTable(
                name: "Milestone");

            migrationBuilder.DropTable(
                name: "ProgressUpdate");

            migrationBuilder.DropTable(
                name: "ProjectTeamMember");

            migrationBuilder.DropTable(
                name: "RectificationItem");

            migrationBuilder.DropTable(
                name: "WarningEvent");

            migrationBuilder.DropTable(
                name: "Alliance");

            migrationBuilder.DropTable(
                name: "WorkTask");

            migrationBuilder.DropTable(
                name: "Visit");

            migrationBuilder.DropTable(
                name: "AlliancePartner");

            migrationBuilder.DropTable(
                name: "Goal");

            migrationBuilder.DropTable(
                name: "Project");

            migrationBuilder.DropTable(
                name: "WorkLine");

            migrationBuilder.DropTable(
                name: "Plan");
        }
    }
}
