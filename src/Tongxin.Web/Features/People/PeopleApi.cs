using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Features.Arrangements;
using Tongxin.Web.Features.Dictionaries;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.People;

public sealed record ExportDecision(bool Approve);

/// <summary>
/// The people register (PPL-1..6): list, search, one person, writes, Excel in and out, export approval.
/// </summary>
public sealed class PeopleApi : IEndpointGroup
{
    public string Prefix => "/people";
    public string Tag => "People";

    public sealed record ImportResult(int Imported);

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PeopleRead);
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", List).WithName("ListPeople").WithSummary("List people (no ID numbers or phones in the URL)")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireAuthorization(read);
        g.MapPost("/search", Search).WithName("SearchPeople").WithSummary("List people, the query in the body")
            .ProducesValidationProblem().RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportPeople").WithSummary("The list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(read);
        g.MapGet("/export-requests", ExportRequests).WithName("ListExportRequests")
            .WithSummary("Requests to export sensitive fields").RequireAuthorization(read);
        g.MapGet("/export-requests/export", ExportRequestList).WithName("ExportExportRequests")
            .WithSummary("The export request list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapPost("/export-requests", AskToExport).WithName("RequestExport")
            .WithSummary("Ask for approval to export sensitive fields").ProducesWriteErrors()
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleSensitive));
        g.MapPost("/export-requests/{id:guid}/decision", Decide).WithName("DecideExport")
            .WithSummary("Approve or refuse an export request").ProducesWriteErrors()
            .RequireAuthorization(Permissions.Policy(Permissions.ExportApprove));
        g.MapGet("/template", Template).WithName("PeopleTemplate").WithSummary("The Excel import template")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(write);
        g.MapPost("/import", Import).WithName("ImportPeople").WithSummary("Import people from Excel, all rows or none")
            .AcceptsUpload(ImportPeople.MaxBytes).ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(write);
        g.MapGet("/import-errors/{token}", ImportErrors).WithName("ImportErrors")
            .WithSummary("The last import's errors as Excel").RequireAuthorization(write);
        g.MapGet("/{id:guid}", Get).WithName("GetPerson").WithSummary("One person, masked unless sensitive may be seen")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapGet("/{id:guid}/history", History).WithName("GetPersonHistory").WithSummary("A person's audited changes")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapGet("/{id:guid}/records", Records).WithName("GetPersonRecords")
            .WithSummary("A person's cadre, arrangement, friendship and suggestion records").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/{id:guid}/reveal/{field}", Reveal).WithName("RevealPerson")
            .WithSummary("Show one masked field in full (audited)").ProducesNotFound().ProducesValidationProblem()
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleReveal));
        g.MapPost("/", Create).WithName("CreatePerson").WithSummary("Register a person").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdatePerson").WithSummary("Change a person").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapDelete("/{id:guid}", Delete).WithName("DeletePerson").WithSummary("Delete a person").ProducesWriteErrors()
            .RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        d.MapGet("/people.xlsx", DownloadExport).WithName("DownloadPeople")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        d.MapGet("/export-requests.xlsx", ExportRequestList).WithName("DownloadExportRequests")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        d.MapGet("/import-errors/{token}.xlsx", ImportErrors).WithName("DownloadImportErrors")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleWrite));
        d.MapGet("/people-template.xlsx", Template).WithName("DownloadPeopleTemplate")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleWrite));
    }

    private static async Task<Results<Ok<Paged<ListPeople.Row>>, ProblemHttpResult>> List(
        ListPeople h, [AsParameters] ListPeople.Query q, CancellationToken ct) =>
        ListPeople.IsIdentifier(q.Q)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: Loc.T(
                "按身份证号或电话查询请使用 POST /api/v1/people/search，"
                    + "号码不应出现在网址和日志中",
                "To search by ID number or phone use POST /api/v1/people/search: "
                    + "numbers must not appear in URLs and logs"))
            : TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<Paged<ListPeople.Row>>> Search(
        ListPeople h, ListPeople.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> Export(
        ExportPeople h, [AsParameters] ListPeople.Query q, Guid? approval, CancellationToken ct)
    {
        var file = await h.HandleAsync(q, ct, approval);
        return TypedResults.File(file.Content, ContentTypes.Xlsx, file.Name);
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult>> DownloadExport(HttpContext http,
        ExportPeople h, [AsParameters] ListPeople.Query q, Guid? approval, CancellationToken ct)
    {
        try
        {
            var file = await h.HandleAsync(q, ct, approval);
            return TypedResults.File(file.Content, ContentTypes.Xlsx, file.Name);
        }
        catch (ConflictException ex)
        {
            // A person clicked a link: send them back to the list with the reason, not to a JSON error.
            var back = http.Request.QueryString.Add("exportError", ex.Message);
            if (ex is ExportPeople.ApprovalRequiredException) back = back.Add("needsApproval", "true");
            return TypedResults.LocalRedirect("/people" + back);
        }
    }

    private static async Task<Ok<Paged<ListExportRequests.Row>>> ExportRequests(
        ListExportRequests h, int? page, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(page ?? 1, 20, ct));

    private static async Task<FileContentHttpResult> ExportRequestList(ExportExportRequests h, CancellationToken ct) =>
        (await h.HandleAsync(ct)).Download();

    private static async Task<Created<CreatedId>> AskToExport(
        RequestExport h, RequestExport.Request r, CancellationToken ct) =>
        CreatedAt("/api/v1/people/export-requests", await h.HandleAsync(r, ct));

    private static async Task<NoContent> Decide(DecideExport h, Guid id, ExportDecision r, CancellationToken ct)
    {
        await h.HandleAsync(id, r.Approve, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Template(PeopleDictionary h, CancellationToken ct) =>
        TypedResults.File(PeopleTemplate.Build(await h.HandleAsync(ct)), ContentTypes.Xlsx, "人员导入模板.xlsx");

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(
        ImportPeople h, ImportErrorFiles files, ClaimsPrincipal u, IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var result = await h.HandleAsync(stream, ct);
        if (result.Errors.Count == 0) return TypedResults.Ok(new ImportResult(result.Imported));
        var token = files.Store(u.Identity!.Name!, result.Errors);
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
            title: Loc.T($"导入未执行：共 {result.Errors.Count} 处错误，未写入任何数据",
                $"Nothing was imported: {result.Errors.Count} errors, no data was written"),
            extensions: new Dictionary<string, object?>
            {
                ["rows"] = result.Errors, ["errorFile"] = $"/api/v1/people/import-errors/{token}",
            });
    }

    private static Results<FileContentHttpResult, NotFound> ImportErrors(
        ImportErrorFiles files, ClaimsPrincipal u, string token) =>
        files.Get(u.Identity!.Name!, token) is { } bytes
            ? TypedResults.File(bytes, ContentTypes.Xlsx, "人员导入错误清单.xlsx")
            : TypedResults.NotFound();

    private static async Task<Ok<GetPerson.Result>> Get(
        GetPerson h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Ok<IReadOnlyList<GetPersonHistory.Entry>>> History(
        GetPersonHistory h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Ok<GetPersonRecords.Result>> Records(GetPersonRecords h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Ok<RevealPerson.Result>> Reveal(
        RevealPerson h, Guid id, string field, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, field, ct));

    private static async Task<Created<CreatedId>> Create(
        SavePerson h, SavePerson.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/people/{id}", id);
    }

    private static async Task<NoContent> Update(
        SavePerson h, Guid id, SavePerson.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Delete(DeletePerson h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }
}
