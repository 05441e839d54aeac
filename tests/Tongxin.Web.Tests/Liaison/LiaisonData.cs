using MiniExcelLibs;
using Tongxin.Web.Features.Liaison;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>Builders and readers the liaison tests share; each test makes its own rows through the API.</summary>
internal static class LiaisonData
{
    public const string Assignments = "/api/v1/liaison/assignments", Visits = "/api/v1/liaison/visits",
        Items = "/api/v1/liaison/rectifications";

    public static async Task<Guid> NewVisit(this HttpClient c, Guid town, DateOnly date, string visitors,
        bool crossCheck = false) =>
        await (await c.PostAsJsonAsync(Visits,
            new RecordVisit.Request(date, "调研督查", town, visitors, "档案不全", crossCheck))).CreatedId();

    public static async Task<Guid> NewItem(this HttpClient c, Guid visit, DateOnly due, string? title = null) =>
        await (await c.PostAsJsonAsync($"{Visits}/{visit}/rectifications",
            new AddRectification.Request(title ?? TestData.Unique("整改"), "王五", due))).CreatedId();

    public static Task<HttpResponseMessage> Upload(this HttpClient c, Guid item, byte[] file, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        return c.PostAsync($"{Items}/{item}/files", form);
    }

    public static async Task<string> UserName(this HttpClient c) =>
        (await c.GetJson("/api/v1/auth/me")).GetProperty("userName").GetString()!;

    /// <summary>Every row of an exported sheet as its cells' text, blanks as "".</summary>
    public static async Task<List<string[]>> Sheet(this HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        return MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(x => x.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
    }
}
