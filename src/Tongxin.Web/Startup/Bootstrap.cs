using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongxin.Data.Seed;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Startup;

/// <summary>
/// First start: migrate, make the built-in roles, the first administrator (SEC-5) and, in demo mode, the demo.
/// </summary>
public static class Bootstrap
{
    public const string FirstAdmin = "admin";

    /// <summary>
    /// Returns false, having said why, when the database is behind this build and this login may not migrate it
    /// (<see cref="Schema"/>); <paramref name="grant"/> re-applies the app role's privileges (`tongxin migrate`).
    /// </summary>
    public static async Task<bool> RunAsync(IServiceProvider root, TextWriter console, CancellationToken ct = default,
        bool grant = false)
    {
        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<HttpCurrentUser>().Use(SystemPrincipal);
        var db = sp.GetRequiredService<TongxinDb>();
        if (grant || await Schema.MayMigrateAsync(db, ct))
            await Schema.MigrateAsync(db, sp.GetRequiredService<DatabaseOptions>(), grant, ct);
        else if (!await Schema.IsCurrentAsync(db, ct))
        {
            await console.WriteLineAsync(Schema.MigrateFirst);
            return false;
        }
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<AppRole>>(), db, ct: ct);
        await Dictionaries.EnsureAsync(db, ct);
        await NameInitialsBackfill.RunAsync(db, ct);
        var options = sp.GetRequiredService<IOptions<TongxinOptions>>().Value;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (!await users.Users.AnyAsync(ct))
        {
            var password = string.IsNullOrWhiteSpace(options.AdminPassword)
                ? Passwords.Generate() : options.AdminPassword;
            var admin = NewUser(FirstAdmin, "系统管理员", null, NodePath.Root,
                sp.GetRequiredService<TimeProvider>());
            admin.MustChangePassword = true;
            Ensure(await users.CreateAsync(admin, password));
            Ensure(await users.AddToRoleAsync(admin, Roles.SystemAdmin));
            if (string.IsNullOrWhiteSpace(options.AdminPassword))
                console.WriteLine(
                    $"首个系统管理员账号 {FirstAdmin} 的一次性密码" +
                    $"（仅显示这一次，首次登录须修改）：{password}");
        }
        if (options.Demo && await FengchengDemo.LoadAsync(db, ct))
        {
            await DemoUsers.CreateAsync(sp, options, ct);
            console.WriteLine(
                "已载入峰城区演示数据；演示账号及密码可用 `tongxin demo-users` 查看。");
        }
        if (options.Demo)
        {
            var protector = sp.GetRequiredService<Data.Protection.FieldProtector>();
            await FengchengDemo.LoadPeopleAsync(db, protector, ct);
            var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            await FengchengDemo.LoadForcesAsync(db, protector, today, ct);
            await FengchengDemo.LoadDutiesAsync(db, options.UploadsPath, today, ct);
            await FengchengDemo.LoadYearsAsync(db, today, ct);
            await FengchengDemo.LoadPlansAsync(db, options.UploadsPath, today, ct);
            await FengchengDemo.LoadLiaisonAsync(db, options.UploadsPath, today, ct);
            await DemoUsers.LinkCadreAsync(db, ct);
            // The demo's tasks and items on the warning ladder at once, not only after the first 07:00 run.
            await Features.Plans.RaiseWarnings.RecomputeAllAsync(sp, ct);
            await DemoAssessments.LoadAsync(sp, ct);
        }
        // the first dashboard read finds them ready
        await Data.Statistics.TallyCounter.RefreshAsync(db, all: false, ct);
        return true;
    }

    /// <summary>The principal start-up work runs as: every node, audited as "system".</summary>
    public static readonly ClaimsPrincipal SystemPrincipal = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "system"), new Claim(ClaimsFactory.NodePath, NodePath.Root)], "system"));

    /// <summary>
    /// Creates the built-in roles and grants the permissions a release adds to them, once
    /// (<see cref="BuiltInRoleGrants"/>). <paramref name="table"/> is the release's role table, <see cref="Roles.All"/>
    /// unless a test upgrades from another.
    /// </summary>
    public static Task EnsureRolesAsync(RoleManager<AppRole> roles, TongxinDb db,
        IReadOnlyList<Roles.BuiltIn>? table = null, CancellationToken ct = default) =>
        BuiltInRoleGrants.EnsureAsync(roles, db, table ?? Roles.All, ct);

    public static AppUser NewUser(string userName, string displayName, Region? node, string? path,
        TimeProvider clock) => new()
        {
            UserName = userName, DisplayName = displayName, NodeId = node?.Id ?? Guid.Empty, NodePath = node?.NodePath
            ?? path ?? NodePath.Root,
            CreatedUtc = clock.GetUtcNow().UtcDateTime, PasswordChangedUtc = clock.GetUtcNow().UtcDateTime,
        };

    public static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
