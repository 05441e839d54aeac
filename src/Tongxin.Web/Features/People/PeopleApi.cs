using System.Security.Claims;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.People;

public sealed record ExportDecision(bool Approve);

public static class PeopleApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapPeopleApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("People");
        var read = Permissions.Policy(Permissions.PeopleRead);
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", async Task<IResult> (ListPeople h, ClaimsPrincipal u, [AsParameters] ListPeople.Query q, CancellationToken ct) =>
            ListPeople.IsIdentifier(q.Q)
                ? TypedResults.Problem(title: "按身份证号或电话查询请使用 POST /api/v1/people/search，号码不应出现在网址和日志中", statusCode: 400)
                : TypedResults.Ok(await h.HandleAsync(q, u.Can(Permissions.PeopleSensitive), ct))).RequireAuthorization(read);
        g.MapPost("/search", (ListPeople h, ClaimsPrincipal u, ListPeople.Query q, CancellationToken ct) =>
            h.HandleAsync(q, u.Can(Permissions.PeopleSensitive), ct)).RequireAuthorization(read);
        g.MapGet("/export", async (ExportPeople h, ClaimsPrincipal u, [AsParameters] ListPeople.Query q, Guid? approval, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(q, u.Can(Permissions.PeopleSensitive), ct, approval);
            return TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name);
        }).RequireAuthorization(read);
        g.MapGet("/export-requests", (ListExportRequests h, int? page, CancellationToken ct) => h.HandleAsync(page ?? 1, 20, ct)).RequireAuthorization(read);
        g.MapPost("/export-requests", async (RequestExport h, RequestExport.Request r, CancellationToken ct) =>
            TypedResults.Created("/api/v1/people/export-requests", new { id = await h.HandleAsync(r, ct) })).RequireAuthorization(Permissions.Policy(Permissions.PeopleSensitive));
        g.MapPost("/export-requests/{id:guid}/decision", async (DecideExport h, Guid id, ExportDecision r, CancellationToken ct) =>
        { await h.HandleAsync(id, r.Approve, ct); return TypedResults.NoContent(); }).RequireAuthorization(Permissions.Policy(Permissions.ExportApprove));
        g.MapGet("/template", async (PeopleDictionary h, CancellationToken ct) =>
            TypedResults.File(PeopleTemplate.Build(await h.HandleAsync(ct)), Xlsx, "人员导入模板.xlsx")).RequireAuthorization(write);
        g.MapPost("/import", async Task<IResult> (ImportPeople h, ImportErrorFiles files, ClaimsPrincipal u, IFormFile file, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            var result = await h.HandleAsync(stream, u.Can(Permissions.PeopleSensitive), ct);
            if (result.Errors.Count == 0) return TypedResults.Ok(new { imported = result.Imported });
            var token = files.Store(u.Identity!.Name!, result.Errors);
            return TypedResults.Problem(title: $"导入未执行：共 {result.Errors.Count} 处错误，未写入任何数据", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["rows"] = result.Errors, ["errorFile"] = $"/api/v1/people/import-errors/{token}" });
        }).RequireAuthorization(write).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportPeople.MaxBytes + 64 * 1024))
        .AddEndpointFilter(async (context, next) => context.HttpContext.Request.ContentLength > ImportPeople.MaxBytes + 64 * 1024
            ? TypedResults.Problem(title: $"文件超过 {ImportPeople.MaxBytes / 1024 / 1024} MB，已拒绝", statusCode: StatusCodes.Status413PayloadTooLarge)
            : await next(context)); // SEC-21: 413 before the body is read (Kestrel enforces the same limit on the stream)
        g.MapGet("/import-errors/{token}", IResult (ImportErrorFiles files, ClaimsPrincipal u, string token) =>
            files.Get(u.Identity!.Name!, token) is { } bytes ? TypedResults.File(bytes, Xlsx, "人员导入错误清单.xlsx") : TypedResults.NotFound()).RequireAuthorization(write);
        g.MapGet("/dictionaries", (PeopleDictionary h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(read);
        g.MapGet("/{id:guid}", (GetPerson h, ClaimsPrincipal u, Guid id, CancellationToken ct) =>
            h.HandleAsync(id, u.Can(Permissions.PeopleSensitive), ct)).RequireAuthorization(read);
        g.MapGet("/{id:guid}/history", (GetPersonHistory h, ClaimsPrincipal u, Guid id, CancellationToken ct) =>
            h.HandleAsync(id, u.Can(Permissions.PeopleSensitive), ct)).RequireAuthorization(read);
        g.MapPost("/{id:guid}/reveal/{field}", (RevealPerson h, Guid id, string field, CancellationToken ct) => h.HandleAsync(id, field, ct))
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleReveal));
        g.MapPost("/", async (SavePerson h, ClaimsPrincipal u, SavePerson.Request r, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(null, r, u.Can(Permissions.PeopleSensitive), ct);
            return TypedResults.Created($"/api/v1/people/{id}", new { id });
        }).RequireAuthorization(write);
        g.MapPut("/{id:guid}", async (SavePerson h, ClaimsPrincipal u, Guid id, SavePerson.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, u.Can(Permissions.PeopleSensitive), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapRemove<DeletePerson>("/{id:guid}", (h, id, ct) => h.HandleAsync(id, ct)).RequireAuthorization(write);
    }
}
