using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.Documents;
using Tongxin.Web.Features.Regions;
using Tongxin.Web.Security;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests;

/// <summary>
/// Pick lists offer every option in the user's scope: a select filled from one page dropped the rest. The tests that
/// add 100+ rows use a fresh app so the shared one keeps its demo data's first pages.
/// </summary>
public abstract class OptionListTests(TestApp shared)
{
    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task The_body_pick_list_offers_every_body_in_scope_and_none_outside_it()
    {
        await using var app = await shared.FreshAsync();
        var (here, there) = await TwoTownsAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mine = await app.WithDb("/", async db =>
        {
            var bodies = Enumerable.Range(1, 130).Select(i => new Body
            {
                Name = $"选项测试{tag}机构{i:000}", Type = BodyType.TownOffice, NodeId = here.Id, NodePath = here.NodePath,
            }).ToList();
            db.Bodies.AddRange(bodies);
            db.Bodies.Add(new Body
            {
                Name = $"选项测试{tag}外镇机构", Type = BodyType.TownOffice, NodeId = there.Id, NodePath = there.NodePath,
            });
            await db.SaveChangesAsync();
            return bodies.Select(b => b.Id).ToHashSet();
        });

        var (options, inScope) = await AsUserOf(app, here.NodePath, async sp => (
            await sp.GetRequiredService<ListBodyOptions>().HandleAsync(),
            await sp.GetRequiredService<TongxinDb>().Bodies.Select(b => b.Id).ToListAsync()));

        options.Count.ShouldBeGreaterThan(100);
        mine.ShouldBeSubsetOf(options.Select(o => o.Id));
        options.Select(o => o.Id).ShouldBe(inScope, ignoreOrder: true);
        options.ShouldNotContain(o => o.Name == $"选项测试{tag}外镇机构");
        options.Select(o => o.Id).ShouldBeUnique();
    }

    [Fact]
    [Trait("Req", "ORG-6")]
    public async Task The_document_pick_list_offers_every_document_the_register_shows()
    {
        await using var app = await shared.FreshAsync();
        var (here, there) = await TwoTownsAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mine = await app.WithDb("/", async db =>
        {
            var docs = Enumerable.Range(1, 110).Select(i => new Document
            {
                Title = $"选项测试{tag}文件{i:000}", Issuer = "镇党委", IssuedOn = new DateOnly(2020, 1, 1).AddDays(i),
                NodeId = here.Id, NodePath = here.NodePath,
            }).ToList();
            db.Documents.AddRange(docs);
            db.Documents.Add(new Document
            {
                Title = $"选项测试{tag}外镇文件", Issuer = "镇党委", IssuedOn = new DateOnly(2020, 1, 1),
                NodeId = there.Id, NodePath = there.NodePath,
            });
            await db.SaveChangesAsync();
            return docs.Select(d => d.Id).ToHashSet();
        });

        var (options, register) = await AsUserOf(app, here.NodePath, async sp => (
            await sp.GetRequiredService<ListDocumentOptions>().HandleAsync(),
            await AllPagesAsync(sp.GetRequiredService<ListDocuments>())));

        options.Count.ShouldBeGreaterThan(100);
        mine.ShouldBeSubsetOf(options.Select(o => o.Id));
        options.Select(o => o.Id).ShouldBe(register, ignoreOrder: true);
        options.ShouldNotContain(o => o.Title == $"选项测试{tag}外镇文件");
    }

    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task The_member_unit_pick_list_offers_every_unit_in_scope()
    {
        await using var app = await shared.FreshAsync();
        var (here, there) = await TwoTownsAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mine = await app.WithDb("/", async db =>
        {
            var body = new Body
            {
                Name = $"选项测试{tag}领导小组", Type = BodyType.TownOffice, NodeId = here.Id, NodePath = here.NodePath,
            };
            var other = new Body
            {
                Name = $"选项测试{tag}外镇小组", Type = BodyType.TownOffice, NodeId = there.Id, NodePath = there.NodePath,
            };
            db.Bodies.AddRange(body, other);
            // More than the 500 the list used to stop at.
            var units = Enumerable.Range(1, 520).Select(i => new MemberUnit
            {
                Body = body, UnitName = $"成员单位{i:000}", NodeId = here.Id, NodePath = here.NodePath,
            }).ToList();
            db.MemberUnits.AddRange(units);
            db.MemberUnits.Add(new MemberUnit
            {
                Body = other, UnitName = "外镇成员单位", NodeId = there.Id, NodePath = there.NodePath,
            });
            await db.SaveChangesAsync();
            return units.Select(u => u.Id).ToHashSet();
        });

        var (options, inScope) = await AsUserOf(app, here.NodePath, async sp => (
            await sp.GetRequiredService<ListMemberUnitOptions>().HandleAsync(),
            await sp.GetRequiredService<TongxinDb>().MemberUnits.Select(u => u.Id).ToListAsync()));

        options.Count.ShouldBeGreaterThan(500);
        mine.ShouldBeSubsetOf(options.Select(o => o.Id));
        options.Select(o => o.Id).ShouldBe(inScope, ignoreOrder: true);
        options.ShouldNotContain(o => o.Label.Contains("外镇成员单位"));
    }

    [Fact]
    [Trait("Req", "ACC-1")]
    public async Task The_region_tree_lists_every_child_of_a_node()
    {
        var (here, _) = await TwoTownsAsync(shared);
        var (children, total) = await AsUserOf(shared, here.NodePath, async sp => (
            await sp.GetRequiredService<ListRegionChildren>().HandleAsync(here.Id),
            await sp.GetRequiredService<TongxinDb>().Regions.CountAsync(r => r.ParentId == here.Id)));
        var top = await AsUserOf(shared, here.NodePath,
            sp => sp.GetRequiredService<ListRegionChildren>().HandleAsync());

        total.ShouldBeGreaterThan(0);
        children.Count.ShouldBe(total);
        children.ShouldAllBe(c => c.ParentId == here.Id);
        top.Select(t => t.Id).ShouldBe([here.Id]);
    }

    /// <summary>The register read page by page (a page holds at most 100 rows).</summary>
    private static async Task<List<Guid>> AllPagesAsync(ListDocuments register)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var rows = await register.HandleAsync(new(Page: page, PageSize: 100));
            ids.AddRange(rows.Items.Select(r => r.Id));
            if (rows.Items.Count == 0 || ids.Count >= rows.Total) return ids;
        }
    }

    private static Task<(Region Here, Region There)> TwoTownsAsync(TestApp app) => app.WithDb("/", async db =>
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Name == "峨山镇" || r.Name == "古邵镇").ToListAsync();
        return (towns.Single(t => t.Name == "峨山镇"), towns.Single(t => t.Name == "古邵镇"));
    });

    /// <summary>Resolves handlers as a page does: one scope, signed in as a user of the given node.</summary>
    private static async Task<T> AsUserOf<T>(TestApp app, string nodePath, Func<IServiceProvider, Task<T>> work)
    {
        app.Require();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(new ClaimsPrincipal(new ClaimsIdentity(
            [new("node_path", nodePath), new(ClaimTypes.Name, "test")], "test")));
        return await work(scope.ServiceProvider);
    }
}

public sealed class OptionListTestsSqlite(SqliteApp app) : OptionListTests(app);
public sealed class OptionListTestsPostgres(PostgresApp app) : OptionListTests(app);
