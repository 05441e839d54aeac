using Tongxin.Web.Features.Activities;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Duties;

/// <summary>Activities, duty rules and compliance over the API (OBL-1..5); the pages call the same handlers.</summary>
public static class DutiesApi
{
    public static void MapDutiesApi(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/activities").WithTags("Activities");
        var read = Permissions.Policy(Permissions.ActivityRead);
        var write = Permissions.Policy(Permissions.ActivityWrite);
        activities.MapGet("/", (ListActivities h, [AsParameters] ListActivities.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        activities.MapGet("/{id:guid}", async (GetActivity h, Guid id, CancellationToken ct) =>
        {
            var r = await h.HandleAsync(id, ct);
            return new { r.Activity.Id, r.Activity.Date, r.Activity.Type, r.Activity.BodyId, r.Activity.PersonId, r.Activity.NodeId, r.Activity.Topic, r.Activity.Minutes,
                r.Activity.MemberUnitId, r.Owner, r.Activity.HasEvidence, r.Activity.Version, Participants = r.Participants.Select(p => new { p.Id, p.Name }), r.Files };
        }).RequireAuthorization(read);
        activities.MapCreate<RecordActivity, RecordActivity.Request>("/", "/api/v1/activities", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        activities.MapUpdate<RecordActivity, RecordActivity.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        activities.MapPost("/{id:guid}/attachments", async (AttachFile h, Guid id, IFormFile file, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            return TypedResults.Created($"/api/v1/activities/{id}", new { id = await h.HandleAsync(id, file.FileName, stream, ct) });
        }).RequireAuthorization(write).DisableAntiforgery()
        .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachFile.MaxBytes + 64 * 1024))
        .AddEndpointFilter(async (context, next) => context.HttpContext.Request.ContentLength > AttachFile.MaxBytes + 64 * 1024
            ? TypedResults.Problem(title: $"文件超过 {AttachFile.MaxBytes / 1024 / 1024} MB，已拒绝", statusCode: StatusCodes.Status413PayloadTooLarge)
            : await next(context));
        activities.MapGet("/attachments/{id:guid}", async (DownloadAttachment h, Guid id, CancellationToken ct) =>
        {
            var (name, type, content) = await h.HandleAsync(id, ct);
            return TypedResults.File(content, type, name);
        }).RequireAuthorization(read);

        var duties = api.MapGroup("/duties").WithTags("Duties");
        var dutyRead = Permissions.Policy(Permissions.DutyRead);
        duties.MapGet("/rules", (ListDutyRules h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(dutyRead);
        duties.MapCreate<SaveDutyRule, SaveDutyRule.Request>("/rules", "/api/v1/duties/rules", (h, r, ct) => h.HandleAsync(null, r, ct))
            .RequireAuthorization(Permissions.Policy(Permissions.DutyWrite));
        duties.MapUpdate<SaveDutyRule, SaveDutyRule.Request>("/rules/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct))
            .RequireAuthorization(Permissions.Policy(Permissions.DutyWrite));
        duties.MapGet("/compliance", (GetCompliance h, [AsParameters] GetCompliance.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(dutyRead);
        duties.MapGet("/compliance/activities", (GetDutyActivities h, Guid ruleId, Guid subjectId, int year, CancellationToken ct) =>
            h.HandleAsync(ruleId, subjectId, year, ct)).RequireAuthorization(dutyRead);
        duties.MapGet("/reminders", (GetDutyReminders h, CancellationToken ct) => h.HandleAsync(8, ct)).RequireAuthorization(dutyRead);
        duties.MapGet("/compliance/export", async (ExportCompliance h, [AsParameters] GetCompliance.Query q, CancellationToken ct) =>
        {
            var (name, content) = await h.HandleAsync(q, ct);
            return TypedResults.File(content, PeopleApi.Xlsx, name);
        }).RequireAuthorization(dutyRead);
    }
}
