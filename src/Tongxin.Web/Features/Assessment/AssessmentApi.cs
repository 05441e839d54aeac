using System.Security.Claims;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Assessment;

/// <summary>/api/v1/assessment: schemes, the score sheets through the workflow, results, Excel and the PDF notice.</summary>
public static class AssessmentApi
{
    public const string Pdf = "application/pdf";

    public static void MapAssessmentApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/assessment").WithTags("Assessment");
        var read = Permissions.Policy(Permissions.AssessmentRead);
        var write = Permissions.Policy(Permissions.AssessmentWrite);
        var review = Permissions.Policy(Permissions.AssessmentReview);
        var anyRole = Permissions.Policy(string.Join(Permissions.AnyOfSeparator, Permissions.AssessmentRead, Permissions.AssessmentScore));
        static AssessmentViewer V(ClaimsPrincipal u) => AssessmentViewer.From(u);

        g.MapGet("/schemes", (ListSchemes h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(read);
        g.MapGet("/schemes/{id:guid}", async (GetScheme h, Guid id, CancellationToken ct) =>
        {
            var r = await h.HandleAsync(id, ct);
            return new { r.Scheme, r.DocumentNumber, r.Total, r.Problems, Tree = r.Tree.Select(n => new { n.Indicator, n.Depth, n.SourceName }),
                Sources = r.Sources.Select(s => new { s.Code, s.Name }) };
        }).RequireAuthorization(read);
        g.MapCreate<SaveScheme, SaveScheme.Request>("/schemes", "/api/v1/assessment/schemes", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        g.MapUpdate<SaveScheme, SaveScheme.Request>("/schemes/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/copy", async (CopyScheme h, Guid id, int year, CancellationToken ct) =>
            TypedResults.Created("/api/v1/assessment/schemes", new { id = await h.HandleAsync(id, year, ct) })).RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/indicators", async (SaveIndicator h, Guid id, SaveIndicator.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/assessment/schemes/{id}", new { id = await h.HandleAsync(id, null, r, ct) })).RequireAuthorization(write);
        g.MapPut("/schemes/{id:guid}/indicators/{indicatorId:guid}", async (SaveIndicator h, Guid id, Guid indicatorId, SaveIndicator.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, indicatorId, r, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapDelete("/schemes/{id:guid}/indicators/{indicatorId:guid}", async (RemoveIndicator h, Guid id, Guid indicatorId, CancellationToken ct) =>
        {
            await h.HandleAsync(id, indicatorId, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/publish", async (PublishScheme h, Guid id, long version, CancellationToken ct) =>
            new { assessments = await h.HandleAsync(id, version, ct) }).RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/publish-results", async (PublishResults h, Guid id, CancellationToken ct) =>
            new { published = await h.HandleAsync(id, ct) }).RequireAuthorization(review);

        g.MapGet("/assessments", (ListAssessments h, ClaimsPrincipal u, int year, CancellationToken ct) => h.HandleAsync(year, V(u), ct)).RequireAuthorization(anyRole);
        g.MapGet("/assessments/{id:guid}", async (GetAssessment h, ClaimsPrincipal u, Guid id, CancellationToken ct) =>
        {
            var r = await h.HandleAsync(id, V(u), ct);
            var s = r.Sheet;
            return new
            {
                s.Assessment.Id, s.Assessment.Stage, s.Assessment.Version, Town = s.Node.Name, r.Loaded.Scheme.Year, Scheme = r.Loaded.Scheme.Title, s.SelfTotal, s.Total,
                Reviewers = s.Reviewers.Select((x, k) => new { x.Name, Total = s.ReviewerTotals[k] }), s.Categories,
                Items = s.Items.Select(i => new
                {
                    i.Indicator.Id, i.Indicator.Title, i.Category, i.Indicator.Points, Auto = i.Indicator.AutoSource, i.Score.AutoScore, i.Score.AutoFacts,
                    i.Score.SelfScore, i.Score.Evidence, i.Score.DistrictScore, i.Score.DistrictNote, i.ReviewerScores, i.Result.Final,
                    Basis = i.Result.Basis.ToString(), i.Result.ReviewersMissing,
                }),
            };
        }).RequireAuthorization(anyRole);
        g.MapPut("/assessments/{id:guid}/self", async (SaveSelfAssessment h, ClaimsPrincipal u, Guid id, SaveSelfAssessment.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, V(u), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Permissions.Policy(Permissions.AssessmentSelf));
        g.MapPut("/assessments/{id:guid}/review", async (SaveDistrictReview h, ClaimsPrincipal u, Guid id, SaveDistrictReview.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, V(u), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(review);
        g.MapPut("/assessments/{id:guid}/reviewer-scores", async (SaveReviewerScores h, ClaimsPrincipal u, Guid id, SaveReviewerScores.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, V(u), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Permissions.Policy(Permissions.AssessmentScore));
        g.MapPost("/assessments/{id:guid}/reopen", async (ReopenAssessment h, ClaimsPrincipal u, Guid id, ReopenRequest r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r.Reason, V(u), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(review);
        g.MapGet("/reviewers", (ListReviewers h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(review);

        g.MapGet("/results", (GetResults h, ClaimsPrincipal u, int? year, CancellationToken ct) => h.HandleAsync(year, V(u), ct)).RequireAuthorization(read);
        g.MapGet("/results/export", async (ExportResults h, ClaimsPrincipal u, int? year, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(year, V(u), ct);
            return TypedResults.File(content, PeopleApi.Xlsx, name);
        }).RequireAuthorization(read);
        g.MapGet("/assessments/{id:guid}/notice.pdf", async (PrintNotice h, ClaimsPrincipal u, Guid id, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(id, V(u), ct);
            return TypedResults.File(content, Pdf, name);
        }).RequireAuthorization(read);
    }

    public sealed record ReopenRequest(string? Reason);
}
