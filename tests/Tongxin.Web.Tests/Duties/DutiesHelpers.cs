namespace Tongxin.Web.Tests.Duties;

/// <summary>Reads of the compliance view shared by the duty tests.</summary>
internal static class DutiesHelpers
{
    public static int ThisYear => DateTime.UtcNow.Year;

    public static async Task<List<ComplianceRow>> Compliance(HttpClient c, string query = "") =>
        (await c.Get<ComplianceView>($"/api/v1/duties/compliance?pageSize=100&year={ThisYear}{query}")).Page.Items;

    public static async Task<List<ComplianceRow>> AllCompliance(HttpClient c, int year)
    {
        var all = new List<ComplianceRow>();
        for (var page = 1; ; page++)
        {
            var p = (await c.Get<ComplianceView>($"/api/v1/duties/compliance?pageSize=100&year={year}&page={page}"))
                .Page;
            all.AddRange(p.Items);
            if (all.Count >= p.Total) return all;
        }
    }

    /// <summary>The drill-down behind one compliance row: which activities counted, and why the rest did
    /// not.</summary>
    public static Task<List<DutyActivity>> DrillDown(HttpClient c, ComplianceRow row, int year) =>
        c.Get<List<DutyActivity>>(
            $"/api/v1/duties/compliance/activities?ruleId={row.RuleId}&subjectId={row.SubjectId}&year={year}");

    /// <summary>Attaches a small file to an activity through the multipart upload; returns the response.</summary>
    public static async Task<HttpResponseMessage> Attach(HttpClient c, Guid activity, byte[] bytes, string fileName,
        string? contentType = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        if (contentType is not null)
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await c.PostAsync($"/api/v1/activities/{activity}/attachments", form);
    }
}
