using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Assessment;

/// <summary>Finds an assessment the viewer may see: in scope (shared filter) and, for a reviewer, assigned to them — else 404.</summary>
public static class AssessmentAccess
{
    public static IQueryable<TownAssessment> Visible(TongxinDb db, AssessmentViewer viewer) =>
        viewer.AssignedOnly
            ? db.TownAssessments.Where(a => db.AssessmentReviewers.Any(r => r.AssessmentId == a.Id && r.ReviewerId == viewer.UserId))
            : db.TownAssessments;

    public static async Task<TownAssessment> FindAsync(TongxinDb db, AssessmentViewer viewer, Guid id, CancellationToken ct) =>
        await Visible(db, viewer).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("考核");

    public static string StageName(AssessmentStage stage) => stage switch
    {
        AssessmentStage.SelfAssessment => "自评", AssessmentStage.DistrictReview => "审核评分", AssessmentStage.JointReview => "联评", _ => "已公布",
    };

    public static void RequireStage(TownAssessment a, AssessmentStage stage)
    {
        if (a.Stage == AssessmentStage.Published) throw new ConflictException("考核结果已公布，已冻结；如需修改请先重新打开（记入审计日志）");
        if (a.Stage != stage) throw new ConflictException($"当前处于“{StageName(a.Stage)}”阶段，不能进行“{StageName(stage)}”");
    }
}
