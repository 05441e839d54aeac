using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.Documents;
using Tongxin.Web.Features.Regions;

namespace Tongxin.Web.Tests;

/// <summary>
/// SEC-8 / ACC-2: for every entity type that carries a node — found from the model, so new modules are covered
/// without editing this test — a user of town A can neither list, count, read, change nor delete a row of town B.
/// </summary>
public abstract class ScopeTests(TestApp app)
{
    private const string TownA = "/37/3704/370404/370404001/";

    public static IEnumerable<Type> ScopedTypes() =>
        typeof(TongxinDb).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(INodeScoped).IsAssignableFrom(t));

    [Fact]
    [Trait("Req", "SEC-8")]
    [Trait("Req", "ACC-2")]
    public async Task Every_scoped_entity_is_filtered_for_reads_and_refused_for_writes()
    {
        app.Require();
        var types = await app.WithDb("/", db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(typeof(INodeScoped).IsAssignableFrom).ToList()));
        types.ShouldBe(ScopedTypes().ToList(), ignoreOrder: true); // every scoped class is in the model
        types.Count.ShouldBeGreaterThan(5);
        foreach (var type in types)
            await (Task)typeof(ScopeTests).GetMethod(nameof(CheckType), BindingFlags.NonPublic | BindingFlags.Instance)!
                .MakeGenericMethod(type).Invoke(this, [])!;
    }

    public sealed record IndexColumn(string Table, string Index, int Position, string Column);

    [Fact]
    [Trait("Req", "ACC-2")]
    public async Task Every_scoped_table_has_one_index_led_by_NodePath_in_the_database()
    {
        app.Require();
        var sql = app.Provider == "postgres"
            ? """
              SELECT t.relname AS "Table", i.relname AS "Index", k.n::int AS "Position", a.attname AS "Column"
              FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
              JOIN pg_namespace s ON s.oid = t.relnamespace
              CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(att, n)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.att
              WHERE s.nspname = current_schema()
              """
            : """
              SELECT m.name AS "Table", l.name AS "Index", c.seqno + 1 AS "Position", c.name AS "Column"
              FROM sqlite_master m JOIN pragma_index_list(m.name) l JOIN pragma_index_info(l.name) c
              WHERE m.type = 'table'
              """;
        var columns = await app.WithDb("/", db => db.Database.SqlQueryRaw<IndexColumn>(sql).ToListAsync());
        var tables = await app.WithDb("/", db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => typeof(INodeScoped).IsAssignableFrom(t.ClrType)).Select(t => t.GetTableName()!).Distinct()
            .ToList()));
        foreach (var table in tables)
        {
            var indexes = columns.Where(c => c.Table == table).GroupBy(c => c.Index)
                .Select(g => g.OrderBy(c => c.Position).Select(c => c.Column).ToList()).ToList();
            var led = indexes.Where(i => i[0] == "NodePath").ToList();
            led.ShouldNotBeEmpty($"{table}: the scope range needs an index led by NodePath");
            if (led.Count > 1)
                led.ShouldNotContain(i => i.Count == 1,
                    $"{table}: a NodePath-only index beside a wider one only costs writes");
        }
    }

    private async Task CheckType<T>() where T : class, INodeScoped
    {
        var name = typeof(T).Name;
        var reference = typeof(IReferenceData).IsAssignableFrom(typeof(T));
        var ancestors = NodePath.SelfAndAncestors(TownA);
        var all = await app.WithDb("/", db => db.Set<T>().AsNoTracking().ToListAsync());
        var outside = all.Where(e => !NodePath.Contains(TownA, e.NodePath)
            && !(reference && ancestors.Contains(e.NodePath))).ToList();
        outside.ShouldNotBeEmpty($"{name}: the demo must hold rows outside town A to prove the filter");
        await app.WithDb(TownA, async db =>
        {
            var victim = outside[0];
            (await db.Set<T>().CountAsync(e => e.NodePath == victim.NodePath))
                .ShouldBe(0, $"{name}: count of another node's rows");
            (await db.Set<T>().CountAsync()).ShouldBeLessThan(all.Count, $"{name}: count");
            (await db.Set<T>().ToListAsync()).ShouldAllBe(e => NodePath.Contains(TownA, e.NodePath)
                || (reference && ancestors.Contains(e.NodePath)), name);
            var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single();
            var id = key.PropertyInfo!.GetValue(victim);
            (await db.Set<T>().FindAsync(id)).ShouldBeNull($"{name}: read by id");
            return true;
        });

        foreach (var state in new[] { EntityState.Modified, EntityState.Deleted })
        {
            var error = await Should.ThrowAsync<OutOfScopeException>(() => app.WithDb(TownA, async db =>
            {
                db.Entry(outside[0]).State = state;
                return await db.SaveChangesAsync();
            }), $"{name}: {state}");
            error.Message.ShouldContain(name);
        }
        var victimPath = outside[0].NodePath;
        var untouched = await app.WithDb("/", async db =>
        {
            var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single();
            return await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e =>
                EF.Property<object>(e, key.Name) == key.PropertyInfo!.GetValue(outside[0]));
        });
        untouched.ShouldNotBeNull($"{name}: nothing was deleted");
        untouched.NodePath.ShouldBe(victimPath);
    }

    [Fact]
    [Trait("Req", "SEC-8")]
    public async Task A_town_user_gets_404_for_another_towns_objects_over_the_api()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs(BuiltInRole.TownOfficer, TownA); // a new 镇街统战干事 of 坛山街道
        var town2Region = await staff.Node("吴林街道");
        var town2Body = (await staff.Get<Page<BodyRow>>($"/api/v1/bodies?nodeId={town2Region}")).Items.First().Id;
        var town2Doc = (await staff.Get<Page<DocumentRow>>("/api/v1/documents?q=吴林")).Items.First().Id;
        var countyDoc = (await staff.Get<Page<DocumentRow>>("/api/v1/documents?q=峰发")).Items.First().Id;

        (await town1.GetAsync($"/api/v1/regions/{town2Region}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town1.GetAsync($"/api/v1/bodies/{town2Body}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town1.DeleteAsync($"/api/v1/bodies/{town2Body}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town1.PutAsJsonAsync($"/api/v1/bodies/{town2Body}",
                new SaveBody.Request("改名", BodyType.PartyCommittee, town2Region, null, null))).StatusCode
            .ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await town1.GetAsync($"/api/v1/documents/{town2Doc}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town1.DeleteAsync($"/api/v1/documents/{town2Doc}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Reference data published above: readable, never writable (ACC-2).
        (await town1.GetAsync($"/api/v1/documents/{countyDoc}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await town1.DeleteAsync($"/api/v1/documents/{countyDoc}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/v1/documents/{countyDoc}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bodies = await town1.Get<Page<BodyRow>>("/api/v1/bodies?pageSize=100");
        bodies.Items.ShouldAllBe(b => b.NodeName == "坛山街道");
        var dashboard = await town1.Get<DashboardDto>("/api/v1/dashboard");
        dashboard.Towns.ShouldBe(1);
        dashboard.Bodies.ShouldBe(bodies.Total);
    }

    [Fact]
    [Trait("Req", "SEC-10")]
    [Trait("Req", "SEC-8")]
    public async Task A_body_that_names_another_towns_node_writes_nothing()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var id = (await town1.Get<Page<BodyRow>>("/api/v1/bodies")).Items.First().Id;
        var detail = await town1.Get<BodyDto>($"/api/v1/bodies/{id}");
        var town2Region = await staff.Node("吴林街道");
        // Over-posting on purpose: fields no request record has (nodePath, id, roles) must change nothing.
        var move = await town1.PutAsJsonAsync($"/api/v1/bodies/{id}", new
        {
            name = detail.Name, type = detail.Type, nodeId = town2Region,
            nodePath = "/", id = Guid.NewGuid(), roles = new[] { "sysadmin" }, version = detail.Version,
        });
        (await move.Errors("NodeId"))[0].ShouldContain("数据范围");
        (await town1.Get<BodyDto>($"/api/v1/bodies/{id}")).NodeId.ShouldBe(detail.NodeId);
        (await town1.Get<Me>("/api/v1/auth/me")).Roles.ShouldBe(["town-officer"]);
    }

    [Fact]
    [Trait("Req", "SEC-10")]
    public async Task A_read_only_leader_gets_403_on_every_write()
    {
        var leader = await app.SignInAs(BuiltInRole.Leader, TestApp.County);
        var body = (await leader.Get<Page<BodyRow>>("/api/v1/bodies")).Items.First().Id;
        var write = new SaveBody.Request("x", BodyType.PartyCommittee, null, null, null);
        (await leader.PostAsJsonAsync("/api/v1/bodies", write)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PutAsJsonAsync($"/api/v1/bodies/{body}", write)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.DeleteAsync($"/api/v1/bodies/{body}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsJsonAsync("/api/v1/documents",
            new SaveDocument.Request(null, "x", null, null, null, null, null, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsJsonAsync("/api/v1/regions",
            new CreateRegion.Request(null, null, "x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync($"/api/v1/bodies/{body}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ScopeTestsSqlite(SqliteApp app) : ScopeTests(app);
public sealed class ScopeTestsPostgres(PostgresApp app) : ScopeTests(app);
