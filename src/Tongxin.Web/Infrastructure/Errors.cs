namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Bad input: field → messages in the reader's language. Becomes a 400 ValidationProblem; nothing is written.
/// </summary>
public sealed class InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public InvalidInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}

/// <summary>Not there, or not in the user's scope: both are 404 so that scope does not leak (SEC-8);
/// <paramref name="what"/> is already in the reader's language (e.g. <c>Loc.T("人员", "Person")</c>).</summary>
public sealed class NotFoundException(string? what = null) : Exception(Loc.T(
    $"{what ?? "记录"}不存在或不在您的数据范围内",
    $"{what ?? "Record"} does not exist or is outside your data scope"));

/// <summary>
/// The user lacks a permission the operation needs (<see cref="Security.CurrentUser.Require"/>): 403, with the
/// reason when there is more to say than the default.
/// </summary>
public sealed class ForbiddenException(string? reason = null)
    : Exception(reason ?? Loc.T("您没有此操作的权限", "You do not have permission for this"));

/// <summary>A rule of the data refuses the change (duplicate, still referenced, edited by someone else): 409.</summary>
public class ConflictException(string message) : Exception(message);

/// <summary>A service the request needs is not there (e.g. no Chromium to print a PDF): 503 with the reason.</summary>
public sealed class UnavailableException(string message) : Exception(message);

/// <summary>
/// The configuration is not one the app may start with (e.g. production without a master key): the command line
/// prints the Chinese reason and exits 1 instead of a stack trace.
/// </summary>
public sealed class StartupRefusedException(string message) : InvalidOperationException(message);
