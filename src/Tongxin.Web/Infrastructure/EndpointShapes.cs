namespace Tongxin.Web.Infrastructure;

/// <summary>The three write shapes every resource shares: create → 201 with its id, update and delete → 204.</summary>
public static class EndpointShapes
{
    public static RouteHandlerBuilder MapCreate<THandler, TRequest>(this IEndpointRouteBuilder g, string pattern, string location,
        Func<THandler, TRequest, CancellationToken, Task<Guid>> run) where THandler : notnull =>
        g.MapPost(pattern, async (THandler h, TRequest r, CancellationToken ct) =>
        {
            var id = await run(h, r, ct);
            return TypedResults.Created($"{location}/{id}", new { id });
        });

    public static RouteHandlerBuilder MapUpdate<THandler, TRequest>(this IEndpointRouteBuilder g, string pattern,
        Func<THandler, Guid, TRequest, CancellationToken, Task> run) where THandler : notnull =>
        g.MapPut(pattern, async (THandler h, Guid id, TRequest r, CancellationToken ct) =>
        {
            await run(h, id, r, ct);
            return TypedResults.NoContent();
        });

    public static RouteHandlerBuilder MapRemove<THandler>(this IEndpointRouteBuilder g, string pattern,
        Func<THandler, Guid, CancellationToken, Task> run) where THandler : notnull =>
        g.MapDelete(pattern, async (THandler h, Guid id, CancellationToken ct) =>
        {
            await run(h, id, ct);
            return TypedResults.NoContent();
        });
}
