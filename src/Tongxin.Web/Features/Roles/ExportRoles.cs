using Tongxin.Data.Entities;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Roles;

/// <summary>The 角色权限 list (ACC-3) to Excel: each role, its holders and its permissions, audited.</summary>
public sealed class ExportRoles(ListRoles list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(CancellationToken ct = default) =>
        await export.HandleAsync("角色权限", nameof(AppRole), ListExport.Filter(),
            ["角色", "代码", "内置", "管理员角色", "用户数", "权限"],
            ListExport.Whole(() => list.HandleAsync(ct)),
            r => [r.DisplayName, r.Name, r.IsBuiltIn ? "是" : "否", r.IsAdminRole ? "是" : "否", r.UserCount.ToString(),
                string.Join("、", r.Permissions)], ct);
}
