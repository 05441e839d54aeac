using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Plans;

/// <summary>规划 (PLN-1..4): plans and goals, tasks and milestones, the 三张清单, projects with their teams and work
/// lines. Reading needs PlanRead, writing PlanWrite; a town reads county plans and only its own tasks.</summary>
public sealed class PlansApi : IEndpointGroup
{
    public string Prefix => "/plans";
    public string Tag => "Plans";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PlanRead);
        var write = Permissions.Policy(Permissions.PlanWrite);
        g.MapGet("/", (ListPlans h, [AsParameters] ListPlans.Query q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithName("ListPlans").WithSummary("List plans").RequireAuthorization(read);
        g.MapGet("/export", ExportPlans).WithName("ExportPlans").WithSummary("The plans as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", (GetPlan h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct))
            .WithName("GetPlan").WithSummary("A plan with its goals and tasks").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/", async (SavePlan h, SavePlan.Request r, CancellationToken ct) =>
                Created(await h.HandleAsync(null, r, ct)))
            .WithName("CreatePlan").WithSummary("Create a plan").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/{id:guid}", async (SavePlan h, Guid id, SavePlan.Request r, CancellationToken ct) =>
                Ok(await h.HandleAsync(id, r, ct)))
            .WithName("UpdatePlan").WithSummary("Edit a plan").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/goals", async (SaveGoal h, SaveGoal.Request r, CancellationToken ct) =>
                Created(await h.HandleAsync(null, r, ct)))
            .WithName("CreateGoal").WithSummary("Add a goal").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/goals/{id:guid}", async (SaveGoal h, Guid id, SaveGoal.Request r, CancellationToken ct) =>
                Ok(await h.HandleAsync(id, r, ct)))
            .WithName("UpdateGoal").WithSummary("Edit a goal").ProducesWriteErrors().RequireAuthorization(write);
        MapTasks(g, read, write);
        g.MapGet("/{id:guid}/lists", (GetLists h, Guid id, int? year, CancellationToken ct) =>
                h.HandleAsync(id, year, ct))
            .WithName("GetPlanLists").WithSummary("The 三张清单 of a plan and year").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapGet("/{id:guid}/lists/export", ExportLists).WithName("ExportPlanLists")
            .WithSummary("The 三张清单 as one workbook of three sheets")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}/export", ExportLists).WithName("ExportPlan")
            .WithSummary("The 三张清单 as one workbook of three sheets")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        PlansApiProjects.Map(g, read, write);
    }

    private static void MapTasks(RouteGroupBuilder g, string read, string write)
    {
        g.MapGet("/tasks/{id:guid}", (GetTask h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct))
            .WithName("GetTask").WithSummary("A task with milestones, updates and history").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/tasks", async (SaveTask h, SaveTask.Request r, CancellationToken ct) =>
                Created(await h.HandleAsync(null, r, ct), "tasks/"))
            .WithName("CreateTask").WithSummary("Add a task").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/tasks/{id:guid}", async (SaveTask h, Guid id, SaveTask.Request r, CancellationToken ct) =>
                Ok(await h.HandleAsync(id, r, ct)))
            .WithName("UpdateTask").WithSummary("Edit a task").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/tasks/{id:guid}/milestones", async (SaveMilestone h, Guid id, SaveMilestone.Request r,
                    CancellationToken ct) => Created(await h.HandleAsync(id, null, r, ct), "tasks/"))
            .WithName("CreateMilestone").WithSummary("Add a milestone").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/tasks/{id:guid}/milestones/{mid:guid}", async (SaveMilestone h, Guid id, Guid mid,
                    SaveMilestone.Request r, CancellationToken ct) => Ok(await h.HandleAsync(id, mid, r, ct)))
            .WithName("UpdateMilestone").WithSummary("Edit or complete a milestone").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapGet("/evidence/{id:guid}", Evidence).WithName("GetEvidence").WithSummary("Download an evidence file")
            .ProducesNotFound().RequireAuthorization(read);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        var read = Permissions.Policy(Permissions.PlanRead);
        d.MapGet("/evidence/{id:guid}", Evidence).WithName("DownloadEvidence").RequireAuthorization(read);
        d.MapGet("/plans.xlsx", ExportPlans).WithName("DownloadPlans").RequireAuthorization(read);
        d.MapGet("/plans/{id:guid}/lists.xlsx", ExportLists).WithName("DownloadPlanLists").RequireAuthorization(read);
        PlansApiProjects.MapDownloads(d, read);
    }

    private static Created<CreatedId> Created(Guid id, string path = "") => CreatedAt($"/api/v1/plans/{path}{id}", id);
    private static Ok<CreatedId> Ok(Guid id) => TypedResults.Ok(new CreatedId(id));

    private static async Task<FileContentHttpResult> Evidence(DownloadEvidence h, Guid id, CancellationToken ct)
    {
        var (name, type, content) = await h.HandleAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    private static async Task<FileContentHttpResult> ExportPlans(
        ExportPlans h, [AsParameters] ListPlans.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<FileContentHttpResult> ExportLists(
        ExportLists h, Guid id, int? year, CancellationToken ct) => (await h.HandleAsync(id, year, ct)).Download();
}
