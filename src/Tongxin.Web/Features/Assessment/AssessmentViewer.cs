using System.Security.Claims;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Assessment;

/// <summary>What the current user may do with assessments; a reviewer without "assessment.read" sees only what is assigned to them.</summary>
public sealed record AssessmentViewer(string? UserId, bool ReadAll, bool Self, bool Review, bool Score)
{
    public static AssessmentViewer From(ClaimsPrincipal user) => new(user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Can(Permissions.AssessmentRead), user.Can(Permissions.AssessmentSelf), user.Can(Permissions.AssessmentReview), user.Can(Permissions.AssessmentScore));

    public bool AssignedOnly => !ReadAll && !Review;
}
