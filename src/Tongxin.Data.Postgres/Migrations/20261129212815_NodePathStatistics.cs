using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <summary>
    /// Finer statistics on every NodePath column. Paths share long prefixes, so with the default 100-bucket histogram a
    /// county's range falls inside one bucket and PostgreSQL estimates it at about one row (measured on 10 million
    /// activities: 1 estimated, 73,530 read); it then walks the NodePath index over all years instead of the year/type
    /// index. 2,000 buckets put a county of a province across ~15 buckets, and the estimate within 10 %. Each table is analysed at once (about 15 s per table of 3–10 million rows; start-up migrates with a one-hour command timeout).
    /// <c>NodePathStatisticsTests</c> checks that every NodePath column has it, including tables added later.
    /// </summary>
    public partial class NodePathStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statement(2000));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statement(-1));

        private static string Statement(int target) => $$"""
            DO $$
            DECLARE t record;
            BEGIN
              FOR t IN SELECT c.table_name FROM information_schema.columns c
                       JOIN information_schema.tables b ON b.table_schema = c.table_schema AND b.table_name = c.table_name AND b.table_type = 'BASE TABLE'
                       WHERE c.column_name = 'NodePath' AND c.table_schema = current_schema()
              LOOP
                EXECUTE format('ALTER TABLE %I ALTER COLUMN "NodePath" SET STATISTICS {{target}}', t.table_name);
                EXECUTE format('ANALYZE %I', t.table_name);
              END LOOP;
            END $$;
            """;
    }
}
