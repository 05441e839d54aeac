using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Infrastructure.Uploads;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 报送进展 over the API (PLN-7): record an update, then add its files one by one (each makes it evidence and puts
/// the task back on the ladder). The phone form does both in one post.
/// </summary>
public sealed class ProgressApi : IEndpointGroup
{
    public string Prefix => "/plans/progress";
    public string Tag => "Plans";

    public void MapApi(RouteGroupBuilder g)
    {
        var update = Permissions.Policy(Permissions.PlanUpdate);
        g.MapPost("/", Record).WithName("RecordProgress").WithSummary("Report a task's progress")
            .ProducesWriteErrors().RequireAuthorization(update);
        g.MapPost("/{id:guid}/files", Attach).WithName("AttachProgressFile")
            .WithSummary("Add an evidence file to a progress update").AcceptsUpload(EvidenceFiles.MaxBytes)
            .ProducesWriteErrors().RequireAuthorization(update);
    }

    private static async Task<Created<RecordProgress.Result>> Record(
        RecordProgress h, RecordProgress.Request r, CancellationToken ct)
    {
        var result = await h.HandleAsync(r, [], ct);
        return TypedResults.Created($"/api/v1/plans/tasks/{result.TaskId}", result);
    }

    private static async Task<Created<CreatedId>> Attach(
        RecordProgress h, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return CreatedAt($"/api/v1/plans/progress/{id}", await h.AttachAsync(id, file.FileName, stream, ct));
    }
}
