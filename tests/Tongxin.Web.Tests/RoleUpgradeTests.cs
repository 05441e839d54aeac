using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data.Entities;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;
using Tongxin.Web.Startup;
using P = Tongxin.Web.Security.Permissions;

namespace Tongxin.Web.Tests;

/// <summary>
/// ACC-3: an upgrade to a release whose role table adds permissions grants them once to the built-in roles that
/// name them; what the security administrator removed stays removed. Each test upgrades a fresh app's database with
/// roles of its own, so the shared app's role list is untouched.
/// </summary>
public abstract class RoleUpgradeTests(TestApp app)
{
    private static Roles.BuiltIn Role(string name, params string[] permissions) => new(name, name, name, permissions);

    [Fact]
    [Trait("Req", "ACC-3")]
    public async Task An_upgrade_grants_new_permissions_once_and_keeps_removed_ones_removed()
    {
        await using var fresh = await app.FreshAsync();
        var (a, b) = ("upgrade-a", "upgrade-b");
        var staff = Roles.All.Single(r => r.Name == Roles.Staff).Permissions.Order(StringComparer.Ordinal);
        (await Records(fresh, Roles.Staff)).ShouldBe([string.Join("|", staff)]); // a new database records its grants
        // The previous release's seed: its table lacks document.read.
        await Bootstrap(fresh, Role(a, P.DashboardView, P.RegionRead), Role(b, P.DashboardView));
        (await Held(fresh, a)).ShouldBe([P.DashboardView, P.RegionRead], ignoreOrder: true);

        var sec = await fresh.SignInAs("secadmin");
        var removed = await sec.PutAsJsonAsync($"/api/v1/roles/{a}/permissions",
            new { permissions = new[] { P.DashboardView } });
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await removed.Content.ReadAsStringAsync());

        // The new release names document.read for both roles, and still region.read for the first.
        Roles.BuiltIn[] release = [Role(a, P.DashboardView, P.RegionRead, P.DocumentRead),
            Role(b, P.DashboardView, P.DocumentRead)];
        await Bootstrap(fresh, release);
        (await Held(fresh, a)).ShouldBe([P.DashboardView, P.DocumentRead], ignoreOrder: true);
        (await Held(fresh, b)).ShouldBe([P.DashboardView, P.DocumentRead], ignoreOrder: true);

        var claims = await RoleClaimRows(fresh);
        var settings = await Records(fresh, a, b);
        await Bootstrap(fresh, release);
        (await RoleClaimRows(fresh)).ShouldBe(claims);
        (await Records(fresh, a, b)).ShouldBe(settings);
        (await Held(fresh, a)).ShouldBe([P.DashboardView, P.DocumentRead], ignoreOrder: true);
    }

    [Fact]
    [Trait("Req", "ACC-3")]
    public async Task A_database_without_the_record_gets_one_without_anything_granted()
    {
        await using var fresh = await app.FreshAsync();
        var c = "upgrade-c";
        await Bootstrap(fresh, Role(c, P.DashboardView, P.RegionRead));
        var sec = await fresh.SignInAs("secadmin");
        (await sec.PutAsJsonAsync($"/api/v1/roles/{c}/permissions", new { permissions = new[] { P.DashboardView } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // A database made before the record existed: the role is there, its record is not.
        await fresh.WithDb("/", async db =>
        {
            db.Settings.Remove(await db.Settings.SingleAsync(s => s.Key == BuiltInRoleGrants.Key(c)));
            return await db.SaveChangesAsync();
        });

        await Bootstrap(fresh, Role(c, P.DashboardView, P.RegionRead, P.DocumentRead));
        (await Held(fresh, c)).ShouldBe([P.DashboardView]);
        (await Records(fresh, c)).ShouldBe([$"{P.DashboardView}|{P.DocumentRead}|{P.RegionRead}"]);
    }

    private static async Task Bootstrap(TestApp app, params Roles.BuiltIn[] table)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Web.Startup.Bootstrap.SystemPrincipal);
        await Web.Startup.Bootstrap.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>(),
            scope.ServiceProvider.GetRequiredService<Data.TongxinDb>(), table, TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> Held(TestApp app, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        return (await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!))
            .Where(c => c.Type == P.ClaimType).Select(c => c.Value).ToList();
    }

    private static Task<List<int>> RoleClaimRows(TestApp app) =>
        app.WithDb("/", db => db.RoleClaims.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

    private static Task<List<string>> Records(TestApp app, params string[] roles) => app.WithDb("/", db =>
    {
        var keys = roles.Select(BuiltInRoleGrants.Key).ToList();
        return db.Settings.Where(s => keys.Contains(s.Key)).OrderBy(s => s.Key).Select(s => s.Value).ToListAsync();
    });
}

public sealed class RoleUpgradeTestsSqlite(SqliteApp app) : RoleUpgradeTests(app);
public sealed class RoleUpgradeTestsPostgres(PostgresApp app) : RoleUpgradeTests(app);
