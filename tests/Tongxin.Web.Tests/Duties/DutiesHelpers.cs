using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests.Duties;

/// <summary>Reads of the compliance view shared by the duty tests.</summary>
internal static class DutiesHelpers
{
    public static int ThisYear => DateTime.UtcNow.Year;

    public static async Task<List<JsonElement>> Compliance(HttpClient c, string query = "") =>
        (await c.GetJson($"/api/v1/duties/compliance?pageSize=100&year={ThisYear}{query}")).GetProperty("page")
            .Items().ToList();

    public static async Task<List<JsonElement>> AllCompliance(HttpClient c, int year)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var p = (await c.GetJson($"/api/v1/duties/compliance?pageSize=100&year={year}&page={page}"))
                .GetProperty("page");
            all.AddRange(p.Items());
            if (all.Count >= p.GetProperty("total").GetInt32()) return all;
        }
    }
}
