using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Jobs;

/// <summary>定时任务 over the API (SYS-10): the page's list and its "run now".</summary>
public sealed class JobsApi : IEndpointGroup
{
    public string Prefix => "/jobs";
    public string Tag => "Jobs";

    public void MapApi(RouteGroupBuilder g)
    {
        g.MapGet("/", List).WithName("ListJobs").WithSummary("Scheduled jobs, their next firing and last runs")
            .RequireAuthorization(Permissions.Policy(Permissions.JobManage));
        g.MapPost("/{name}/run", Run).WithName("RunJobNow").WithSummary("Run a scheduled job now (audited)")
            .RequireAuthorization(Permissions.Policy(Permissions.JobManage)).ProducesNotFound();
    }

    private static async Task<Ok<ListJobs.Result>> List(ListJobs h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<Ok<ListJobs.Run>> Run(RunJobNow h, string name, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(name, ct));
}
