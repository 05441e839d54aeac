using Microsoft.AspNetCore.Identity;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Startup;

/// <summary>
/// Demo accounts, one per role and one 镇街统战干事 per town (demo mode only); the unit liaison is bound to one
/// member unit.
/// </summary>
public static class DemoUsers
{
    public sealed record Spec(string UserName, string DisplayName, string Role, string RegionCode,
        string? MemberUnit = null);

    public const string Cadre = "cadre1";

    public static IReadOnlyList<Spec> All(IEnumerable<Region> towns)
    {
        var c = Data.Seed.FengchengDemo.CountyCode;
        var list = new List<Spec>
        {
            new("secadmin", "安全管理员（演示）", Roles.SecurityAdmin, c),
            new("auditor", "审计管理员（演示）", Roles.AuditAdmin, c),
            new("sysadmin", "区系统管理员（演示）", Roles.SystemAdmin, c),
            new("staff", "统战部干部（演示）", Roles.Staff, c),
            new("staff2", "统战部干部二（演示，第二审批人）", Roles.Staff, c),
            // A section-level cadre of the department, bound to the towns she liaises (LIA-1, 我联系的镇街).
            new(Cadre, Data.Seed.FengchengDemo.LiaisonCadre, Roles.Staff, c),
            new("leader", "部领导（演示）", Roles.Leader, c),
            new("liaison", "区教育和体育局联络人（演示）", Roles.UnitLiaison, c, "区教育和体育局"),
            new("reviewer", "评审人（演示）", Roles.Reviewer, c),
            new("reviewer2", "评审人二（演示）", Roles.Reviewer, c),
            new("reviewer3", "评审人三（演示）", Roles.Reviewer, c),
        };
        var i = 0;
        foreach (var t in towns.OrderBy(t => t.Code))
            list.Add(new($"town{++i}", $"{t.Name}统战干事（演示）", Roles.TownOfficer, t.Code));
        list.Add(new("village1", "鹭鸣山庄双员（演示）", Roles.VillageOfficer, "370404001001"));
        return list;
    }

    public static async Task CreateAsync(IServiceProvider sp, TongxinOptions options, CancellationToken ct)
    {
        var db = sp.GetRequiredService<TongxinDb>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, ct);
        foreach (var s in All(regions.Values.Where(r => r.Level == RegionLevel.Town)))
        {
            if (await users.FindByNameAsync(s.UserName) is not null) continue;
            var user = Bootstrap.NewUser(s.UserName, s.DisplayName, regions[s.RegionCode], null, clock);
            if (s.MemberUnit is { } unit)
                user.MemberUnitId = await db.MemberUnits.Where(u => u.UnitName == unit).Select(u => (Guid?)u.Id)
                .FirstOrDefaultAsync(ct);
            Bootstrap.Ensure(await users.CreateAsync(user, Passwords.Demo(options.KeysPath, s.UserName)));
            Bootstrap.Ensure(await users.AddToRoleAsync(user, s.Role));
        }
    }

    /// <summary>The demo cadre's account on her 联系安排 rows (once; the rows are seeded after the accounts).</summary>
    public static async Task LinkCadreAsync(TongxinDb db, CancellationToken ct)
    {
        var id = await db.Users.Where(u => u.UserName == Cadre).Select(u => u.Id).SingleOrDefaultAsync(ct);
        if (id is null) return;
        var rows = await db.Set<LiaisonAssignment>()
            .Where(a => a.CadreName == Data.Seed.FengchengDemo.LiaisonCadre && a.CadreUserId == null).ToListAsync(ct);
        foreach (var a in rows) a.CadreUserId = id;
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
    }
}
