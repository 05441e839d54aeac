using Tongxin.Web.Features.Liaison;
using static Tongxin.Web.Tests.Infrastructure.TestData;
using static Tongxin.Web.Tests.Liaison.LiaisonData;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>联系安排 (LIA-1): one cadre per town and one town per cadre a year, copy a year, mine, export.</summary>
public abstract class AssignmentTests(TestApp app)
{
    [Fact]
    [Trait("Req", "LIA-1")]
    public async Task Each_town_gets_one_cadre_and_each_cadre_one_town_a_year()
    {
        const int year = 2041;
        var staff = await app.SignInAs("staff");
        var rows = await staff.Get<List<ListAssignments.Row>>($"{Assignments}?year={year}");
        rows.ShouldContain(r => r.Town == "经济开发区" && r.Id == null && r.CadreName == null);
        rows.ShouldContain(r => r.Town == "坛山街道");
        var (tanshan, liuyuan) = (rows.Single(r => r.Town == "坛山街道").NodeId,
            rows.Single(r => r.Town == "榴园镇").NodeId);
        string zhang = Unique("张"), li = Unique("李");
        (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, tanshan, zhang, "副部长")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        (await (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, tanshan, li, null)))
            .Errors("NodeId")).Single().ShouldBe($"坛山街道 {year} 年已由 {zhang} 联系");
        (await (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, liuyuan, zhang, null)))
            .Errors("CadreName")).Single().ShouldBe($"{zhang} {year} 年已联系 坛山街道");
        (await (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, Guid.NewGuid(), li, null)))
            .Errors("NodeId")).Single().ShouldContain("请选择镇街");
        (await (await staff.PostAsJsonAsync(Assignments,
            new SaveAssignment.Request(year, liuyuan, li, null, "no-such-user"))).Errors("CadreUserName"))
            .Single().ShouldContain("no-such-user");

        var row = (await staff.Get<List<ListAssignments.Row>>($"{Assignments}?year={year}"))
            .Single(r => r.NodeId == tanshan);
        (row.CadreName, row.CadrePost).ShouldBe((zhang, "副部长"));
        (await staff.PutAsJsonAsync($"{Assignments}/{row.Id}",
            new SaveAssignment.Request(year, tanshan, li, "部长", null, row.Version)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Get<List<ListAssignments.Row>>($"{Assignments}?year={year}"))
            .Single(r => r.NodeId == tanshan).CadreName.ShouldBe(li);
    }

    [Fact]
    [Trait("Req", "LIA-1")]
    public async Task Two_cadres_saved_at_once_for_one_town_leave_one_and_the_other_is_told_why()
    {
        const int year = 2043;
        var staff = await app.SignInAs("staff");
        var town = await staff.Node("阴平镇");
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, town, Unique($"干部{i}"), null))));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            (await refused.Errors("NodeId")).Single().ShouldContain($"阴平镇 {year} 年已由");
        (await staff.Get<List<ListAssignments.Row>>($"{Assignments}?year={year}"))
            .Count(r => r.Id != null).ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "LIA-1")]
    public async Task Last_years_assignments_copy_once_a_cadre_sees_their_towns_and_the_year_exports()
    {
        const int year = 2045;
        var staff = await app.SignInAs("staff");
        var cadre = await app.SignInAs(BuiltInRole.Staff);
        var cadreUser = await cadre.UserName();
        string wang = Unique("王"), zhao = Unique("赵");
        var (gushao, dige) = (await staff.Node("古邵镇"), await staff.Node("底阁镇"));
        (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, gushao, wang, "科长", cadreUser)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(year, dige, zhao, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var copy = "/api/v1/liaison/assignments/copy";
        (await (await staff.PostAsJsonAsync(copy, new CopyAssignments.Request(year + 2))).Errors("Year")).Single()
            .ShouldContain("没有联系安排可复制");
        (await (await staff.PostAsJsonAsync(copy, new CopyAssignments.Request(year + 1)))
            .Read<LiaisonApi.CopyResult>()).Copied.ShouldBe(2);
        (await (await staff.PostAsJsonAsync(copy, new CopyAssignments.Request(year + 1))).Errors("Year")).Single()
            .ShouldContain("已有联系安排");

        var mine = await cadre.Get<List<ListAssignments.Row>>($"{Assignments}?year={year + 1}&mine=true");
        mine.Single().Town.ShouldBe("古邵镇");
        mine.Single().CadreUserName.ShouldBe(cadreUser);
        (await staff.Get<List<ListAssignments.Row>>($"{Assignments}?year={year + 1}&mine=true")).ShouldBeEmpty();

        var sheet = await staff.Sheet($"{Assignments}/export?year={year + 1}");
        sheet[0][0].ShouldBe("联系安排");
        sheet[1][0].ShouldBe($"筛选条件：年度：{year + 1}");
        sheet[3].ShouldBe(["年度", "镇街", "联系干部", "职务", "用户名"]);
        sheet.Single(r => r[1] == "古邵镇").ShouldBe([$"{year + 1}", "古邵镇", wang, "科长", cadreUser]);
        sheet.Single(r => r[1] == "经济开发区")[2].ShouldBe("未安排联系干部");
    }
}

public sealed class AssignmentTestsSqlite(SqliteApp app) : AssignmentTests(app);
public sealed class AssignmentTestsPostgres(PostgresApp app) : AssignmentTests(app);
