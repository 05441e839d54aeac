using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SensitiveCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Sensitive",
                table: "DictionaryItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing databases: the seeded categories that reveal affiliation, ethnicity or religion (SEC-24).
            migrationBuilder.Sql(
                "UPDATE \"DictionaryItems\" SET \"Sensitive\" = 1 WHERE \"Kind\" = 'person-category' "
                + "AND \"Name\" IN ('民主党派成员', '少数民族人士', '宗教界人士')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sensitive",
                table: "DictionaryItems");
        }
    }
}
