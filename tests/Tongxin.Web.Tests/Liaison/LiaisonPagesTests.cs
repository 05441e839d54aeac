using Tongxin.Web.Features.Liaison;
using static Tongxin.Web.Tests.Infrastructure.TestData;
using static Tongxin.Web.Tests.Liaison.LiaisonData;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>The back-office pages show what the API holds, with their 导出 links carrying the page's filters.</summary>
public abstract class LiaisonPagesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "LIA-1")]
    public async Task The_liaison_pages_show_the_assignments_visits_ledger_and_alliance()
    {
        const int year = 2049;
        var staff = await app.SignInAs("staff");
        var town = await staff.Node("峨山镇");
        var cadre = Unique("冯");
        (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, town, cadre, "科长")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var visitors = Unique("陈");
        var visit = await staff.NewVisit(town, new DateOnly(2019, 3, 1), visitors);
        var title = Unique("逾期整改");
        await staff.NewItem(visit, new DateOnly(2019, 4, 1), title);
        var partner = Unique("知联会");
        (await staff.PostAsJsonAsync("/api/v1/liaison/alliance/partners",
            new SavePartner.Request(partner, "知联会", null)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var browser = app.CookieClient();
        ((int)(await browser.SignInForm("staff", app.DemoPassword("staff"))).StatusCode).ShouldBeInRange(300, 399);
        var assignments = await browser.GetStringAsync($"/liaison/assignments?year={year}");
        assignments.ShouldContain(cadre);
        assignments.ShouldContain("未安排联系干部");
        assignments.ShouldContain($"/download/liaison-assignments.xlsx?year={year}");
        var visits = await browser.GetStringAsync("/liaison/visits?year=2019");
        visits.ShouldContain(visitors);
        visits.ShouldContain("/download/liaison-visits.xlsx?year=2019");
        var page = await browser.GetStringAsync($"/liaison/visits/{visit}");
        page.ShouldContain(title);
        page.ShouldContain("逾期");
        (await browser.GetStringAsync("/liaison/rectifications?overdue=true"))
            .ShouldContain("/download/liaison-rectifications.xlsx?overdue=true");
        (await browser.GetStringAsync("/liaison/alliance")).ShouldContain(partner);
        var download = await browser.GetAsync($"/download/liaison-assignments.xlsx?year={year}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class LiaisonPagesTestsSqlite(SqliteApp app) : LiaisonPagesTests(app);
public sealed class LiaisonPagesTestsPostgres(PostgresApp app) : LiaisonPagesTests(app);
