using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHead", x => x.Id);
                });

            // SEC-14: the head starts at the last row written so far (or the genesis); the first start signs it.
            migrationBuilder.Sql("""
                INSERT INTO "AuditHead" ("Id", "Seq", "Hash", "Mac")
                SELECT 1, COALESCE(MAX("Seq"), 0),
                       COALESCE((SELECT "Hash" FROM "AuditEntries" ORDER BY "Seq" DESC LIMIT 1), 'GENESIS'), ''
                FROM "AuditEntries";
                """);
            // The guard lets a delete of old audit rows through only inside audit_purge (below), which sets the flag;
            // the app role has no DELETE on the table at all (docs/deploy.md), so the flag alone gives it nothing.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'AuditEntries'
                       AND current_setting('tongxin.audit_purge', true) = 'on' THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'audit log is append-only';
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON "AuditHead"
                    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
                CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON "AuditHead"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
                """);
            // SEC-16 for the app role, which may not alter the table: the purge runs as the owner (SECURITY DEFINER)
            // and checks the age of the rows against the database's own clock, so no caller can purge younger rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_purge(through_seq bigint) RETURNS bigint
                LANGUAGE plpgsql SECURITY DEFINER AS $$
                DECLARE newest timestamptz; removed bigint;
                BEGIN
                    SELECT max("TimeUtc") INTO newest FROM "AuditEntries" WHERE "Seq" <= through_seq;
                    IF newest IS NULL THEN RETURN 0; END IF;
                    IF newest >= now() - interval '180 days' THEN
                        RAISE EXCEPTION '审计日志保留期不少于 180 天，不能清理更新的记录';
                    END IF;
                    PERFORM set_config('tongxin.audit_purge', 'on', true);
                    DELETE FROM "AuditEntries" WHERE "Seq" <= through_seq;
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    PERFORM set_config('tongxin.audit_purge', '', true);
                    RETURN removed;
                END $$;
                REVOKE ALL ON FUNCTION audit_purge(bigint) FROM PUBLIC;
                DO $$ BEGIN
                    EXECUTE format('ALTER FUNCTION audit_purge(bigint) SET search_path = %I, pg_temp',
                                   current_schema());
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_purge(bigint);");
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
                """);
            migrationBuilder.DropTable(
                name: "AuditHead");
        }
    }
}
