using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Tongxin.Web.Infrastructure;

/// <summary>The body of a 201: the new record's id.</summary>
public sealed record CreatedId(Guid Id);

/// <summary>The shapes and error responses the endpoints share, declared once.</summary>
public static class EndpointConventions
{
    /// <summary>201 with the new id; <paramref name="location"/> is where the record can be read.</summary>
    public static Created<CreatedId> CreatedAt(string location, Guid id) =>
        TypedResults.Created(location, new CreatedId(id));

    /// <summary>A read of one record: 404 when it is not there or not in scope (SEC-8).</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder b) =>
        b.ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A write: 400 bad input, 404 not there or out of scope, 409 refused by a rule of the data.</summary>
    public static RouteHandlerBuilder ProducesWriteErrors(this RouteHandlerBuilder b) =>
        b.ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>
    /// A file upload of at most <paramref name="maxBytes"/> (SEC-21): refused with 413 before the body is read;
    /// Kestrel enforces the same limit on the stream, with room for the multipart framing.
    /// </summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder b, long maxBytes)
    {
        var limit = maxBytes + 64 * 1024;
        return b.WithMetadata(new RequestSizeLimitAttribute(limit))
            .AddEndpointFilter(async (context, next) => context.HttpContext.Request.ContentLength > limit
                ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: Loc.T(
                    $"文件超过 {maxBytes / 1024 / 1024} MB，已拒绝",
                        $"The file is larger than {maxBytes / 1024 / 1024} MB and was refused"))
                : await next(context))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }
}
