using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// Duty rules, compliance and reminders over the API (OBL-4, OBL-5); the pages call the same handlers.
/// </summary>
public sealed class DutiesApi : IEndpointGroup
{
    public string Prefix => "/duties";
    public string Tag => "Duties";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.DutyRead);
        var write = Permissions.Policy(Permissions.DutyWrite);
        g.MapGet("/rules", Rules).WithName("ListDutyRules").WithSummary("List duty rules").RequireAuthorization(read);
        g.MapGet("/rules/export", ExportRules).WithName("ExportDutyRules").WithSummary("The rule list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapPost("/rules", Create).WithName("CreateDutyRule").WithSummary("Add a duty rule").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/rules/{id:guid}", Update).WithName("UpdateDutyRule").WithSummary("Change a duty rule")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapGet("/compliance", Compliance).WithName("GetCompliance").WithSummary("Who met which duty, per subject")
            .ProducesValidationProblem().RequireAuthorization(read);
        g.MapGet("/compliance/activities", Activities).WithName("GetDutyActivities")
            .WithSummary("The activities that count for one subject and rule").ProducesNotFound()
                .RequireAuthorization(read);
        g.MapGet("/reminders", Reminders).WithName("GetDutyReminders").WithSummary("Duties falling behind")
            .RequireAuthorization(read);
        g.MapGet("/compliance/export", Export).WithName("ExportCompliance").WithSummary("Compliance as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        d.MapGet("/compliance.xlsx", Export).WithName("DownloadCompliance")
            .RequireAuthorization(Permissions.Policy(Permissions.DutyRead));
        d.MapGet("/duty-rules.xlsx", ExportRules).WithName("DownloadDutyRules")
            .RequireAuthorization(Permissions.Policy(Permissions.DutyRead));
    }

    private static async Task<Ok<IReadOnlyList<ListDutyRules.Row>>> Rules(ListDutyRules h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<Created<CreatedId>> Create(SaveDutyRule h, SaveDutyRule.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/duties/rules/{id}", id);
    }

    private static async Task<NoContent> Update(SaveDutyRule h, Guid id, SaveDutyRule.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<GetCompliance.Result>> Compliance(
        GetCompliance h, [AsParameters] GetCompliance.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<IReadOnlyList<GetDutyActivities.Item>>> Activities(
        GetDutyActivities h, Guid ruleId, Guid subjectId, int year, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ruleId, subjectId, year, ct));

    private static async Task<Ok<GetDutyReminders.Result>> Reminders(GetDutyReminders h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(8, ct));

    private static async Task<FileContentHttpResult> Export(
        ExportCompliance h, [AsParameters] GetCompliance.Query q, CancellationToken ct)
    {
        var (name, content) = await h.HandleAsync(q, ct);
        return TypedResults.File(content, ContentTypes.Xlsx, name);
    }

    private static async Task<FileContentHttpResult> ExportRules(ExportDutyRules h, CancellationToken ct) =>
        (await h.HandleAsync(ct)).Download();
}
