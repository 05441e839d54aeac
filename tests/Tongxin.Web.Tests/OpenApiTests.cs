using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tongxin.Web.Tests;

/// <summary>SYS-3: the OpenAPI document is true enough to generate a client from.</summary>
public abstract partial class OpenApiTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SYS-3")]
    public async Task Every_request_body_is_documented_with_the_properties_of_its_own_request_record()
    {
        var doc = await Document();
        var bodies = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/") == true)
            .Select(e => (Endpoint: e, Body: e.Metadata.GetMetadata<IAcceptsMetadata>()))
            .Where(x => x.Body is { RequestType: { } t } && x.Body.ContentTypes.Contains("application/json"))
            .ToList();
        bodies.Count.ShouldBeGreaterThanOrEqualTo(46);
        var offenders = new List<string>();
        foreach (var (endpoint, accepts) in bodies)
        {
            var path = DocumentPath(endpoint.RoutePattern.RawText!);
            foreach (var verb in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                var where = $"{verb} {path} ({accepts!.RequestType!.Name})";
                if (!doc.GetProperty("paths").TryGetProperty(path, out var item)
                    || !item.TryGetProperty(verb.ToLowerInvariant(), out var operation))
                {
                    offenders.Add($"{where}: not in the document");
                    continue;
                }
                var schema = Resolve(doc, operation.GetProperty("requestBody").GetProperty("content")
                    .GetProperty("application/json").GetProperty("schema"));
                var documented = schema.TryGetProperty("properties", out var p)
                    ? p.EnumerateObject().Select(x => x.Name).ToHashSet() : [];
                var missing = Properties(accepts.RequestType!).Where(n => !documented.Contains(n)).ToList();
                if (missing.Count > 0) offenders.Add($"{where}: schema lacks {string.Join(", ", missing)}");
            }
        }
        offenders.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SYS-3")]
    public async Task The_bearer_scheme_is_declared_and_required_by_the_api_but_not_by_sign_in()
    {
        var doc = await Document();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        var people = doc.GetProperty("paths").GetProperty("/api/v1/people").GetProperty("get");
        people.GetProperty("security").EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _)).ShouldBeTrue();
        doc.GetProperty("paths").GetProperty("/api/v1/auth/token").GetProperty("post").TryGetProperty("security", out _)
            .ShouldBeFalse();
        people.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        doc.GetProperty("paths").GetProperty("/api/v1/people/{id}").GetProperty("put").GetProperty("responses")
            .TryGetProperty("400", out _).ShouldBeTrue();
    }

    [Fact]
    [Trait("Req", "SYS-3")]
    public async Task Enums_are_documented_as_their_names()
    {
        var doc = await Document();
        var request = Resolve(doc, doc.GetProperty("paths").GetProperty(
            "/api/v1/suggestions/{id}/handling").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var handling = Resolve(doc, request.GetProperty("properties").GetProperty("handling"));
        handling.GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(["Pending", "Adopted", "Forwarded", "Answered"], ignoreOrder: true);
    }

    [Fact]
    [Trait("Req", "SYS-3")]
    public async Task An_unknown_api_path_is_a_404_problem_when_signed_in_and_401_otherwise()
    {
        var staff = await app.SignInAs("staff");
        var missing = await staff.GetAsync("/api/v1/no-such-thing");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(404);
        (await app.Anonymous().GetAsync("/api/v1/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await staff.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SYS-3")]
    [Trait("Req", "PPL-10")]
    public async Task Enum_names_are_accepted_and_answered()
    {
        var staff = await app.SignInAs("staff");
        var node = (await staff.GetJson($"/api/v1/regions?q={Uri.EscapeDataString("经济开发区")}")).Items()
            .First(r => r.GetProperty("name").GetString() == "经济开发区").GetProperty("id").GetGuid();
        var made = await staff.PostAsJsonAsync("/api/v1/people",
            new
            {
                name = "枚举" + Guid.NewGuid().ToString("N")[..6],
                nodeId = node, affiliation = "A09", education = "D02", categories = new[] { "C02" }
            });
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        var person = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var title = "枚举建议" + Guid.NewGuid().ToString("N")[..6];
        var created = await staff.PostAsJsonAsync("/api/v1/suggestions",
            new { personId = person, title, text = "内容", date = "2019-03-01", category = "经济发展" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var handled = await staff.PostAsync($"/api/v1/suggestions/{id}/handling", new StringContent(
            """{"handling":"Adopted","note":"已纳入区政府工作","version":0}""", System.Text.Encoding.UTF8,
            "application/json"));
        handled.StatusCode.ShouldBe(HttpStatusCode.NoContent, await handled.Content.ReadAsStringAsync());
        var row = (await staff.GetJson($"/api/v1/suggestions?q={title}")).GetProperty("page").Items().Single();
        row.GetProperty("handling").GetString().ShouldBe("Adopted");
    }

    private async Task<JsonElement> Document() =>
        await (await app.SignInAs("staff")).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static JsonElement Resolve(JsonElement doc, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var r))
        {
            var name = r.GetString()!.Split('/').Last();
            schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }

    /// <summary>The route as the document writes it: no constraints, no trailing slash.</summary>
    private static string DocumentPath(string route)
    {
        var path = Constraint().Replace(route, "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static IEnumerable<string> Properties(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p =>
            p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Constraint();
}

public sealed class OpenApiTestsSqlite(SqliteApp app) : OpenApiTests(app);
public sealed class OpenApiTestsPostgres(PostgresApp app) : OpenApiTests(app);
