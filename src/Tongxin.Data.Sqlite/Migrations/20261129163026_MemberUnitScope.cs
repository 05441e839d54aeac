using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberUnitScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MemberUnitId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MemberUnitId",
                table: "ActivityAttachments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MemberUnitId",
                table: "Activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_MemberUnitId",
                table: "Activities",
                column: "MemberUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Year_Type_MemberUnitId",
                table: "Activities",
                columns: new[] { "Year", "Type", "MemberUnitId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Activities_MemberUnits_MemberUnitId",
                table: "Activities",
                column: "MemberUnitId",
                principalTable: "MemberUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Activities_MemberUnits_MemberUnitId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_MemberUnitId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Year_Type_MemberUnitId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "MemberUnitId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MemberUnitId",
                table: "ActivityAttachments");

            migrationBuilder.DropColumn(
                name: "MemberUnitId",
                table: "Activities");
        }
    }
}
