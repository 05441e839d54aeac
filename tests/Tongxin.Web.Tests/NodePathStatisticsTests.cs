using Microsoft.EntityFrameworkCore;

namespace Tongxin.Web.Tests;

/// <summary>
/// ACC-2 at scale (issue 6): on PostgreSQL every NodePath column keeps 2,000-bucket statistics, so a county's range in
/// province
/// data is estimated from its real size and the planner keeps to the selective index. A table added by a later
/// migration without it fails here.
/// </summary>
public sealed class NodePathStatisticsTests(PostgresApp app)
{
    public sealed record Column(string Table, int Target);

    [Fact]
    [Trait("Req", "ACC-2")]
    public async Task Every_NodePath_column_has_fine_statistics()
    {
        app.Require();
        var columns = await app.WithDb("/", db => db.Database.SqlQueryRaw<Column>("""
            SELECT c.relname AS "Table", a.attstattarget AS "Target"
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.attname = 'NodePath' AND c.relkind = 'r' AND n.nspname = current_schema() AND NOT a.attisdropped
            """).ToListAsync());
        var scoped = await app.WithDb("/",
            db => Task.FromResult(db.Model.GetEntityTypes().Count(t => t.FindProperty("NodePath") is not null)));
        columns.Count.ShouldBeGreaterThanOrEqualTo(scoped);
        columns.Where(c => c.Target < 2000).Select(c => c.Table).ShouldBeEmpty();
    }
}
