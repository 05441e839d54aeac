using System.Net.Http.Headers;
using System.Text.Json;
using Tongxin.Domain.People;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Tests;

/// <summary>Issue 13, "found when tried as a new user": each failed before its fix.</summary>
public abstract class FoundWhenTriedTests(TestApp app)
{
    private sealed record ImportRowError(int Row, string Column, string Reason);

    /// <summary>The rows of a refused import's problem+json answer (its content type is checked by
    /// <c>Problem</c>).</summary>
    private sealed record ImportProblem(List<ImportRowError> Rows);

    [Theory]
    [Trait("Req", "SEC-19")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%5C%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%09/evil.example")]
    public async Task A_bad_return_url_of_the_language_switch_goes_home(string returnUrl)
    {
        app.Require();
        var client = app.Anonymous();
        var post = await client.PostAsync($"/account/culture?culture=en-US&returnUrl={returnUrl}", null);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.OriginalString.ShouldBe("/");
        var get = await client.GetAsync($"/account/culture?returnUrl={returnUrl}");
        ((int)get.StatusCode).ShouldBeLessThan(500);
    }

    [Fact]
    [Trait("Req", "SEC-8")]
    public async Task A_page_for_another_towns_object_answers_404()
    {
        var staff = await app.SignInAs("staff");
        var region = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=吴林街道")).Items.First().Id;
        var body = (await staff.Get<Page<BodyRow>>($"/api/v1/bodies?nodeId={region}")).Items.First().Id;
        var town1 = app.CookieClient();
        (await town1.SignInForm("town1", app.DemoPassword("town1"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await town1.GetAsync($"/org/bodies/{body}");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("机构不存在或不在您的数据范围内");
        var own = (await (await app.SignInAs("town1")).Get<Page<BodyRow>>("/api/v1/bodies")).Items.First().Id;
        (await town1.GetAsync($"/org/bodies/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    public async Task An_import_row_with_four_bad_fields_reports_all_four_in_one_pass()
    {
        var staff = await app.SignInAs("staff");
        var first17 = "370404" + "19800101" + "123";
        var badCheckDigit = first17 + (IdNumber.CheckCharFor(first17) == '0' ? '1' : '0');
        var row = new Dictionary<string, object?>
        {
            [PeopleTemplate.Name] = "四错" + Guid.NewGuid().ToString("N")[..6], [PeopleTemplate.Gender] = null,
            [PeopleTemplate.BirthDate] = null, [PeopleTemplate.IdNumber] = badCheckDigit,
            [PeopleTemplate.Phone] = "12345",
            [PeopleTemplate.Ethnicity] = "火星族", [PeopleTemplate.Religion] = null,
            [PeopleTemplate.Affiliation] = "无党派人士",
            [PeopleTemplate.Education] = null, [PeopleTemplate.Employer] = null, [PeopleTemplate.Position] = null,
            [PeopleTemplate.Level] = null, [PeopleTemplate.Categories] = "无党派人士",
            [PeopleTemplate.NodeCode] = "999999999",
            [PeopleTemplate.Tags] = null, [PeopleTemplate.Notes] = null,
        };
        using var s = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(s, new List<Dictionary<string, object?>> { row });
        var file = new ByteArrayContent(s.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", "people.xlsx" } };

        var problem = (await (await staff.PostAsync("/api/v1/people/import", form))
            .Problem(HttpStatusCode.BadRequest)).Deserialize<ImportProblem>(HttpExtensions.Json)!;
        var columns = problem.Rows.Select(e => e.Column).ToList();
        columns.ShouldBe([PeopleTemplate.IdNumber, PeopleTemplate.Phone, PeopleTemplate.Ethnicity,
            PeopleTemplate.NodeCode],
            ignoreOrder: true,
            string.Join(" | ", problem.Rows));
    }
}

public sealed class FoundWhenTriedTestsSqlite(SqliteApp app) : FoundWhenTriedTests(app);
public sealed class FoundWhenTriedTestsPostgres(PostgresApp app) : FoundWhenTriedTests(app);
