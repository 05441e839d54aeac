using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Users;

/// <summary>The user list to Excel (ACC-1, UI.md): the accounts of the administrator's subtree, audited.</summary>
public sealed class ExportUsers(ListUsers list, ListExport export, TimeProvider clock) : IHandler
{
    public Task<ListExport.File> HandleAsync(ListUsers.Query q, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return export.HandleAsync("用户", "User",
            ListExport.Filter(("关键字", Check.Clean(q.Q)), ("角色", Check.Clean(q.Role))),
            ["用户名", "姓名", "所属节点", "角色", "状态", "两步验证", "最近登录"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, now, ct),
            r => [r.UserName, r.DisplayName, r.NodeName, string.Join("、", r.Roles.Select(RoleName)),
                r.IsDisabled ? "停用" : r.Locked ? "锁定中" : "正常", r.TwoFactorEnabled ? "已启用" : "未启用",
                r.LastSignInUtc is { } t ? Loc.Time(t) : null], ct);
    }

    private static string RoleName(string name) =>
        Security.Roles.All.FirstOrDefault(r => r.Name == name) is { } r ? r.Zh : name;
}
