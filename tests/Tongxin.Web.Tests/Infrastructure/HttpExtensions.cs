using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tongxin.Web.Tests.Infrastructure;

public static class HttpExtensions
{
    /// <summary>
    /// How tests read answers: web defaults, and enums read from their names or their numbers, so the DTOs keep
    /// working whether the API sends <c>"Adopted"</c> or <c>2</c>.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<JsonElement> GetJson(this HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>GETs <paramref name="url"/>, expects 200 and reads the answer as <typeparamref name="T"/>.</summary>
    public static async Task<T> Get<T>(this HttpClient c, string url) => await (await c.GetAsync(url)).Read<T>();

    /// <summary>Expects <paramref name="status"/> (200 unless told) and reads the body as
    /// <typeparamref name="T"/>.</summary>
    public static async Task<T> Read<T>(this HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await r.Content.ReadAsStringAsync();
        r.StatusCode.ShouldBe(status, body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Expects 201 Created with <c>{ id }</c> and returns the id.</summary>
    public static async Task<Guid> CreatedId(this HttpResponseMessage r) =>
        (await r.Read<Created>(HttpStatusCode.Created)).Id;

    public static async Task<JsonElement> Problem(this HttpResponseMessage r, HttpStatusCode status)
    {
        var body = await r.Content.ReadAsStringAsync();
        r.StatusCode.ShouldBe(status, body);
        r.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The messages of a validation problem for one field (<c>errors.Field</c>), expecting 400.</summary>
    public static async Task<string[]> Errors(this HttpResponseMessage r, string field) =>
        (await r.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty(field).EnumerateArray()
            .Select(e => e.GetString()!).ToArray();

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();
}
