using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// /api/v1/assessment: schemes, the score sheets through the workflow, results, Excel and the PDF notice.
/// </summary>
public sealed class AssessmentApi : IEndpointGroup
{
    public string Prefix => "/assessment";
    public string Tag => "Assessment";

    public sealed record ReopenRequest(string? Reason);

    public sealed record Source(string Code, string Name);

    public sealed record SchemeView(
        AssessmentScheme Scheme, string? DocumentNumber, int Total, IReadOnlyList<string> Problems,
        IReadOnlyList<GetScheme.Node> Tree, IEnumerable<Source> Sources);

    public sealed record Published(int Assessments);

    public sealed record ResultsPublished(int Published);

    /// <summary>A reviewer's total (automatic items included) and <paramref name="Own"/>: what they scored.</summary>
    public sealed record ReviewerTotal(string Name, int Total, int Own);

    public sealed record ItemView(Guid Id, string Title, string Category, int Points, string? Auto, int? AutoScore,
        string? AutoFacts, int? SelfScore, string? Evidence, int? DistrictScore, string? DistrictNote,
        IReadOnlyList<int?> ReviewerScores, int Final, string Basis, int ReviewersMissing);

    /// <summary>One town's score sheet as the API shows it.</summary>
    public sealed record AssessmentView(Guid Id, AssessmentStage Stage, long Version, string Town, int Year,
        string Scheme, int SelfTotal, int Total, IEnumerable<ReviewerTotal> Reviewers,
        IReadOnlyList<AssessmentSheet.CategoryScore> Categories, IEnumerable<ItemView> Items, int AutoTotal);

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.AssessmentRead);
        var write = Permissions.Policy(Permissions.AssessmentWrite);
        var review = Permissions.Policy(Permissions.AssessmentReview);
        var anyRole = Permissions.Policy(string.Join(
            Permissions.AnyOfSeparator, Permissions.AssessmentRead, Permissions.AssessmentScore));

        g.MapGet("/schemes", Schemes).WithName("ListSchemes").WithSummary("List assessment schemes")
            .RequireAuthorization(read);
        g.MapGet("/schemes/export", ExportSchemes).WithName("ExportSchemes").WithSummary("The schemes as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/schemes/{id:guid}", Scheme).WithName("GetScheme").WithSummary("One scheme with its indicator tree")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapPost("/schemes", CreateScheme).WithName("CreateScheme").WithSummary("Draft a scheme").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/schemes/{id:guid}", UpdateScheme).WithName("UpdateScheme").WithSummary("Change a draft scheme")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/copy", CopyScheme).WithName("CopyScheme")
            .WithSummary("Copy a scheme to another year")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/indicators", CreateIndicator).WithName("CreateIndicator")
            .WithSummary("Add an indicator")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/schemes/{id:guid}/indicators/{indicatorId:guid}", UpdateIndicator).WithName("UpdateIndicator")
            .WithSummary("Change an indicator").ProducesWriteErrors().RequireAuthorization(write);
        g.MapDelete("/schemes/{id:guid}/indicators/{indicatorId:guid}", RemoveIndicator).WithName("RemoveIndicator")
            .WithSummary("Remove an indicator").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/publish", PublishScheme).WithName("PublishScheme")
            .WithSummary("Publish a scheme: one score sheet per town").ProducesWriteErrors()
                .RequireAuthorization(write);
        g.MapPost("/schemes/{id:guid}/publish-results", PublishResults).WithName("PublishResults")
            .WithSummary("Publish the final results").ProducesWriteErrors().RequireAuthorization(review);

        g.MapGet("/assessments", Assessments).WithName("ListAssessments").WithSummary("The score sheets of a year")
            .ProducesValidationProblem().RequireAuthorization(anyRole);
        g.MapGet("/assessments/export", ExportAssessments).WithName("ExportAssessments")
            .WithSummary("The score sheets of a year as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .ProducesValidationProblem().RequireAuthorization(anyRole);
        g.MapGet("/assessments/{id:guid}", Assessment).WithName("GetAssessment").WithSummary("One town's score sheet")
            .ProducesNotFound().RequireAuthorization(anyRole);
        g.MapPut("/assessments/{id:guid}/self", SaveSelf).WithName("SaveSelfAssessment")
            .WithSummary("The town's own scores")
            .ProducesWriteErrors().RequireAuthorization(Permissions.Policy(Permissions.AssessmentSelf));
        g.MapPut("/assessments/{id:guid}/review", SaveReview).WithName("SaveDistrictReview")
            .WithSummary("The district's review: save, return or send to joint review").ProducesWriteErrors()
            .RequireAuthorization(review);
        g.MapPut("/assessments/{id:guid}/reviewer-scores", SaveReviewerScores).WithName("SaveReviewerScores")
            .WithSummary("One joint reviewer's scores").ProducesWriteErrors()
            .RequireAuthorization(Permissions.Policy(Permissions.AssessmentScore));
        g.MapPost("/assessments/{id:guid}/reopen", Reopen).WithName("ReopenAssessment")
            .WithSummary("Reopen a finished sheet")
            .ProducesWriteErrors().RequireAuthorization(review);
        g.MapGet("/reviewers", Reviewers).WithName("ListReviewers").WithSummary("Who may be a joint reviewer")
            .RequireAuthorization(review);

        g.MapGet("/results", Results).WithName("GetResults").WithSummary("Ranked results of a year")
            .RequireAuthorization(read);
        g.MapGet("/results/export", ExportResults).WithName("ExportResults").WithSummary("Results as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/assessments/{id:guid}/notice.pdf", Notice).WithName("PrintNotice")
            .WithSummary("A town's result notice as PDF")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Pdf).ProducesNotFound()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable).RequireAuthorization(read);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        var read = Permissions.Policy(Permissions.AssessmentRead);
        d.MapGet("/assessment-results.xlsx", ExportResults).WithName("DownloadAssessmentResults")
            .RequireAuthorization(read);
        d.MapGet("/assessment-notice/{id:guid}.pdf", Notice).WithName("DownloadAssessmentNotice")
            .RequireAuthorization(read);
        d.MapGet("/assessment-schemes.xlsx", ExportSchemes).WithName("DownloadSchemes").RequireAuthorization(read);
        d.MapGet("/assessments.xlsx", ExportAssessments).WithName("DownloadAssessments")
            .RequireAuthorization(Permissions.Policy(string.Join(
                Permissions.AnyOfSeparator, Permissions.AssessmentRead, Permissions.AssessmentScore)));
    }

    private static async Task<Ok<IReadOnlyList<ListSchemes.Row>>> Schemes(ListSchemes h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<FileContentHttpResult> ExportSchemes(ExportSchemes h, CancellationToken ct) =>
        (await h.HandleAsync(ct)).Download();

    private static async Task<FileContentHttpResult> ExportAssessments(
        ExportAssessments h, int year, CancellationToken ct) =>
        (await h.HandleAsync(year, ct)).Download();

    private static async Task<Ok<SchemeView>> Scheme(GetScheme h, Guid id, CancellationToken ct)
    {
        var r = await h.HandleAsync(id, ct);
        return TypedResults.Ok(new SchemeView(r.Scheme, r.DocumentNumber, r.Total, r.Problems, r.Tree,
            r.Sources.Select(s => new Source(s.Code, s.Name))));
    }

    private static async Task<Created<CreatedId>> CreateScheme(SaveScheme h, SaveScheme.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/assessment/schemes/{id}", id);
    }

    private static async Task<NoContent> UpdateScheme(SaveScheme h, Guid id, SaveScheme.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> CopyScheme(CopyScheme h, Guid id, int year, CancellationToken ct) =>
        CreatedAt("/api/v1/assessment/schemes", await h.HandleAsync(id, year, ct));

    private static async Task<Created<CreatedId>> CreateIndicator(
        SaveIndicator h, Guid id, SaveIndicator.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/assessment/schemes/{id}", await h.HandleAsync(id, null, r, ct));

    private static async Task<NoContent> UpdateIndicator(
        SaveIndicator h, Guid id, Guid indicatorId, SaveIndicator.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, indicatorId, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveIndicator(
        RemoveIndicator h, Guid id, Guid indicatorId, CancellationToken ct)
    {
        await h.HandleAsync(id, indicatorId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Published>> PublishScheme(
        PublishScheme h, Guid id, long version, CancellationToken ct) =>
        TypedResults.Ok(new Published(await h.HandleAsync(id, version, ct)));

    private static async Task<Ok<ResultsPublished>> PublishResults(PublishResults h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(new ResultsPublished(await h.HandleAsync(id, ct)));

    private static async Task<Ok<IReadOnlyList<ListAssessments.Row>>> Assessments(
        ListAssessments h, int year, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(year, ct));

    private static async Task<Ok<AssessmentView>> Assessment(
        GetAssessment h, Guid id, CancellationToken ct)
    {
        var r = await h.HandleAsync(id, ct);
        var s = r.Sheet;
        return TypedResults.Ok(new AssessmentView(
            s.Assessment.Id, s.Assessment.Stage, s.Assessment.Version, s.Node.Name,
            r.Loaded.Scheme.Year, r.Loaded.Scheme.Title, s.SelfTotal, s.Total,
            s.Reviewers.Select((x, k) => new ReviewerTotal(x.Name, s.ReviewerTotals[k], s.ReviewerOwnTotals[k])),
            s.Categories,
            s.Items.Select(i => new ItemView(i.Indicator.Id, i.Indicator.Title, i.Category, i.Indicator.Points,
                i.Indicator.AutoSource, i.Score.AutoScore, i.Score.AutoFacts, i.Score.SelfScore, i.Score.Evidence,
                i.Score.DistrictScore, i.Score.DistrictNote, i.ReviewerScores, i.Result.Final,
                i.Result.Basis.ToString(), i.Result.ReviewersMissing)), s.AutoTotal));
    }

    private static async Task<NoContent> SaveSelf(
        SaveSelfAssessment h, Guid id, SaveSelfAssessment.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SaveReview(
        SaveDistrictReview h, Guid id, SaveDistrictReview.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SaveReviewerScores(
        SaveReviewerScores h, Guid id, SaveReviewerScores.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Reopen(
        ReopenAssessment h, Guid id, ReopenRequest r, CancellationToken ct)
    {
        await h.HandleAsync(id, r.Reason, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ListReviewers.Option>>> Reviewers(
        ListReviewers h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<Ok<GetResults.Result>> Results(
        GetResults h, int? year, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(year, ct));

    private static async Task<FileContentHttpResult> ExportResults(
        ExportResults h, int? year, CancellationToken ct)
    {
        var (name, content) = await h.HandleAsync(year, ct);
        return TypedResults.File(content, ContentTypes.Xlsx, name);
    }

    private static async Task<FileContentHttpResult> Notice(
        PrintNotice h, Guid id, CancellationToken ct)
    {
        var (name, content) = await h.HandleAsync(id, ct);
        return TypedResults.File(content, ContentTypes.Pdf, name);
    }
}
