using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Assessment;

/// <summary>Enabled users with the 评审人 role in scope, for assigning 联评.</summary>
public sealed class ListReviewers(TongxinDb db) : IHandler
{
    public sealed record Option(string Id, string Name);

    public async Task<IReadOnlyList<Option>> HandleAsync(CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Security.Roles.Reviewer)))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.NodePath }).ToListAsync(ct);
        return users.Where(u => db.InScope(u.NodePath)).Select(u => new Option(u.Id, u.DisplayName)).ToList();
    }
}
