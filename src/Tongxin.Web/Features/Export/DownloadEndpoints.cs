using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tongxin.Web.Features.People;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Export;

/// <summary>File downloads for the signed-in back office (cookie), same handlers as the API; always attachments.</summary>
public static class DownloadEndpoints
{
    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/download").RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        g.MapGet("/people.xlsx", async Task<IResult> (HttpContext http, ExportPeople h, ClaimsPrincipal u, [AsParameters] ListPeople.Query q, Guid? approval, CancellationToken ct) =>
        {
            try
            {
                var file = await h.HandleAsync(q, u.Can(Permissions.PeopleSensitive), ct, approval);
                return TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name);
            }
            catch (Infrastructure.ConflictException ex)
            {
                // A person clicked a link: send them back to the list with the reason, not to a JSON error.
                var back = http.Request.QueryString.Add("exportError", ex.Message);
                if (ex is ExportPeople.ApprovalRequiredException) back = back.Add("needsApproval", "true");
                return TypedResults.LocalRedirect("/people" + back);
            }
        }).RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapGet("/import-errors/{token}.xlsx", IResult (ImportErrorFiles files, ClaimsPrincipal u, string token) =>
            files.Get(u.Identity!.Name!, token) is { } bytes ? TypedResults.File(bytes, PeopleApi.Xlsx, "人员导入错误清单.xlsx") : TypedResults.NotFound())
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleWrite));
        g.MapGet("/attachments/{id:guid}", async (Activities.DownloadAttachment h, Guid id, CancellationToken ct) =>
        {
            var (name, type, content) = await h.HandleAsync(id, ct);
            return TypedResults.File(content, type, name);
        }).RequireAuthorization(Permissions.Policy(Permissions.ActivityRead));
        g.MapGet("/compliance.xlsx", async (Duties.ExportCompliance h, [AsParameters] Duties.GetCompliance.Query q, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(q, ct);
            return TypedResults.File(content, PeopleApi.Xlsx, name);
        }).RequireAuthorization(Permissions.Policy(Permissions.DutyRead));
        g.MapGet("/assessment-results.xlsx", async (Assessment.ExportResults h, ClaimsPrincipal u, int? year, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(year, Assessment.AssessmentViewer.From(u), ct);
            return TypedResults.File(content, PeopleApi.Xlsx, name);
        }).RequireAuthorization(Permissions.Policy(Permissions.AssessmentRead));
        g.MapGet("/assessment-notice/{id:guid}.pdf", async (Assessment.PrintNotice h, ClaimsPrincipal u, Guid id, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(id, Assessment.AssessmentViewer.From(u), ct);
            return TypedResults.File(content, Assessment.AssessmentApi.Pdf, name);
        }).RequireAuthorization(Permissions.Policy(Permissions.AssessmentRead));
        g.MapGet("/people-template.xlsx", async (PeopleDictionary h, CancellationToken ct) =>
            TypedResults.File(PeopleTemplate.Build(await h.HandleAsync(ct)), PeopleApi.Xlsx, "人员导入模板.xlsx"))
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleWrite));
    }
}
