namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Finds an assessment the viewer may see: in scope (shared filter) and, for a reviewer, assigned to them — else
/// 404.
/// </summary>
public static class AssessmentAccess
{
    public static IQueryable<TownAssessment> Visible(TongxinDb db, AssessmentViewer viewer) =>
        viewer.AssignedOnly
            ? db.TownAssessments.Where(a =>
                db.AssessmentReviewers.Any(r => r.AssessmentId == a.Id && r.ReviewerId == viewer.UserId))
            : db.TownAssessments;

    public static async Task<TownAssessment> FindAsync(
        TongxinDb db, AssessmentViewer viewer, Guid id, CancellationToken ct) =>
        await Visible(db, viewer).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("考核", "Assessment"));

    public static string StageName(AssessmentStage stage) => stage switch
    {
        AssessmentStage.SelfAssessment => Loc.T("自评", "Self-assessment"),
        AssessmentStage.DistrictReview => Loc.T("审核评分", "District review"),
        AssessmentStage.JointReview => Loc.T("联评", "Joint review"),
        _ => Loc.T("已公布", "Published"),
    };

    public static void RequireStage(TownAssessment a, AssessmentStage stage)
    {
        if (a.Stage == AssessmentStage.Published)
            throw new ConflictException(Loc.T(
                "考核结果已公布，已冻结；如需修改请先重新打开（记入审计日志）",
                "The results are published and frozen; reopen first to change them (written to the audit log)"));
        if (a.Stage != stage)
            throw new ConflictException(Loc.T(
                $"当前处于“{StageName(a.Stage)}”阶段，不能进行“{StageName(stage)}”",
                $"The assessment is at \"{StageName(a.Stage)}\"; \"{StageName(stage)}\" is not possible now"));
    }
}
