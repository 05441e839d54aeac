using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Security;

namespace Tongxin.Web.Tests;

/// <summary>SEC-7: deny by default. Every endpoint and page names a permission, or is on one of two explicit
/// lists.</summary>
public sealed class ArchitectureTests(SqliteApp app)
{
    /// <summary>Anyone signed in may use these: their own session, their own password, the landing page, the API
    /// description, their own notices, the phone's field home (its cards check their own permissions).</summary>
    private static readonly string[] SignedInOnly =
    [
        "/", "/m", "/account/logout", "/account/change-password", "/account/denied", "/api/v1/auth/change-password",
            "/api/v1/auth/me", "/account/security", "/api/v1/auth/two-factor",
        "/openapi/{documentName}.json",
        "/notices", "/api/v1/notices/", "/api/v1/notices/{id:guid}/acknowledge", "/api/v1/notices/acknowledge-all",
        "/api/v1/notices/export", "/download/notices.xlsx",
    ];

    [Fact]
    [Trait("Req", "SEC-7")]
    public void Every_endpoint_names_a_permission_or_is_explicitly_allowed()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFrameworkAsset(e.RoutePattern.RawText ?? "")).ToList();
        endpoints.Count.ShouldBeGreaterThan(20);
        var offenders = new List<string>();
        foreach (var e in endpoints)
        {
            var route = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            if (e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (e.Metadata.GetMetadata<AnonymousAllowed>() is null)
                    offenders.Add($"{route}: anonymous without [AnonymousAllowed]");
                continue;
            }
            var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (policies.Any(p => p?.StartsWith(Permissions.PolicyPrefix) == true)) continue;
            if (!SignedInOnly.Contains(route)) offenders.Add($"{route}: no permission");
        }
        offenders.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SEC-7")]
    public void Every_page_names_a_permission_or_is_explicitly_allowed()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(RouteAttribute), false).Length > 0).ToList();
        pages.Count.ShouldBeGreaterThan(10);
        var offenders = new List<string>();
        foreach (var page in pages)
        {
            var routes = page.GetCustomAttributes(typeof(RouteAttribute), false).Cast<RouteAttribute>()
                .Select(r => r.Template).ToList();
            if (page.GetCustomAttributes(typeof(RequirePermissionAttribute), true).Length > 0) continue;
            if (page.GetCustomAttributes(typeof(AllowAnonymousAttribute), true).Length > 0)
            {
                if (page.GetCustomAttributes(typeof(AnonymousAllowed), true).Length == 0)
                    offenders.Add($"{page.Name}: anonymous without [AnonymousAllowed]");
                continue;
            }
            if (page.GetCustomAttributes(typeof(AuthorizeAttribute), true).Length > 0
                && routes.All(SignedInOnly.Contains)) continue;
            offenders.Add($"{page.Name} ({string.Join(", ", routes)}): no permission");
        }
        offenders.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SEC-8")]
    [Trait("Req", "SEC-18")]
    public void Query_filters_are_lifted_only_in_allow_listed_places_and_raw_sql_is_never_interpolated()
    {
        string[] allowed = ["CreateRegion.cs", "ListDocuments.cs", "SaveDocument.cs", "SavePerson.cs"];
        var src = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src"));
        var files = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")).ToList();
        files.Count.ShouldBeGreaterThan(50);
        files.Where(f => File.ReadAllText(f).Contains("IgnoreQueryFilters()")).Select(Path.GetFileName)
            .ShouldBe(allowed, ignoreOrder: true);
        files.Where(f =>
            System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f),
            @"(FromSqlRaw|ExecuteSqlRaw)(Async)?\(\s*\$"))
            .ShouldBeEmpty();
    }

    private static bool IsFrameworkAsset(string route) =>
        route.Contains(":file}") || route.StartsWith("_framework") || route.StartsWith("_content")
        || route.StartsWith("_blazor") || route.StartsWith("/_blazor")
        || route.StartsWith("/_framework") || route.StartsWith("/_content")
        || System.IO.Path.HasExtension(route.Split('/').Last().Replace("{documentName}.json", ""));
}
