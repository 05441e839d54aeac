using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Plans;

/// <summary>The projects (PLN-3) and work lines (PLN-4) endpoints of <see cref="PlansApi"/>.</summary>
internal static class PlansApiProjects
{
    public static void Map(RouteGroupBuilder g, string read, string write)
    {
        g.MapGet("/projects", (ListProjects h, [AsParameters] ListProjects.Query q, CancellationToken ct) =>
            h.HandleAsync(q, ct)).WithName("ListProjects").WithSummary("List projects").RequireAuthorization(read);
        g.MapGet("/projects/export", ExportProjects).WithName("ExportProjects").WithSummary("The projects as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/projects/{id:guid}", (GetProject h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct))
            .WithName("GetProject").WithSummary("A project with its team and tasks").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/projects", async (SaveProject h, SaveProject.Request r, CancellationToken ct) =>
                Created("projects/", await h.HandleAsync(null, r, ct)))
            .WithName("CreateProject").WithSummary("Create a project").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/projects/{id:guid}", async (SaveProject h, Guid id, SaveProject.Request r, CancellationToken ct) =>
                TypedResults.Ok(new CreatedId(await h.HandleAsync(id, r, ct))))
            .WithName("UpdateProject").WithSummary("Edit a project").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/projects/{id:guid}/team", async (SaveTeamMember h, Guid id, SaveTeamMember.Request r,
                    CancellationToken ct) => Created("projects/", await h.HandleAsync(id, r, ct)))
            .WithName("AddTeamMember").WithSummary("Add a team member").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapDelete("/projects/{id:guid}/team/{mid:guid}", async (SaveTeamMember h, Guid id, Guid mid,
                    CancellationToken ct) =>
        { await h.RemoveAsync(id, mid, ct); return TypedResults.NoContent(); })
            .WithName("RemoveTeamMember").WithSummary("Remove a team member").ProducesNotFound()
            .RequireAuthorization(write);
        g.MapGet("/lines", (ListWorkLines h, [AsParameters] ListWorkLines.Query q, CancellationToken ct) =>
            h.HandleAsync(q, ct)).WithName("ListWorkLines").WithSummary("List work lines").RequireAuthorization(read);
        g.MapGet("/lines/export", ExportLines).WithName("ExportWorkLines").WithSummary("The work lines as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapPost("/lines", async (SaveWorkLine h, SaveWorkLine.Request r, CancellationToken ct) =>
                Created("lines/", await h.HandleAsync(null, r, ct)))
            .WithName("CreateWorkLine").WithSummary("Create a work line").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/lines/{id:guid}", async (SaveWorkLine h, Guid id, SaveWorkLine.Request r, CancellationToken ct) =>
                TypedResults.Ok(new CreatedId(await h.HandleAsync(id, r, ct))))
            .WithName("UpdateWorkLine").WithSummary("Edit a work line").ProducesWriteErrors()
            .RequireAuthorization(write);
    }

    public static void MapDownloads(RouteGroupBuilder d, string read)
    {
        d.MapGet("/plans/projects.xlsx", ExportProjects).WithName("DownloadProjects").RequireAuthorization(read);
        d.MapGet("/plans/lines.xlsx", ExportLines).WithName("DownloadWorkLines").RequireAuthorization(read);
    }

    private static Created<CreatedId> Created(string path, Guid id) => CreatedAt($"/api/v1/plans/{path}{id}", id);

    private static async Task<FileContentHttpResult> ExportProjects(
        ExportProjects h, [AsParameters] ListProjects.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<FileContentHttpResult> ExportLines(
        ExportWorkLines h, [AsParameters] ListWorkLines.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
