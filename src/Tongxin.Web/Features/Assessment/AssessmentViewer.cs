using System.Security.Claims;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// What the current user may do with assessments, asked of the injected user by the handlers themselves; a reviewer
/// without "assessment.read" sees only what is assigned to them.
/// </summary>
public sealed class AssessmentViewer(CurrentUser user)
{
    public string? UserId => user.UserId;
    public bool Review => user.Can(Permissions.AssessmentReview);
    public bool AssignedOnly => IsAssignedOnly(user.Principal);

    /// <summary>The same rule for a page that only decides what to show.</summary>
    public static bool IsAssignedOnly(ClaimsPrincipal user) =>
        !user.Can(Permissions.AssessmentRead) && !user.Can(Permissions.AssessmentReview);
}
