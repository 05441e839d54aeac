namespace Tongxin.Web.Tests;

public abstract class OrganisationTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ACC-1")]
    public async Task The_region_tree_runs_from_province_to_village_with_gb_codes()
    {
        var staff = await app.SignInAs("staff");
        var top = (await staff.GetJson("/api/v1/regions")).Items().Single();
        top.GetProperty("name").GetString().ShouldBe("峰城区");
        top.GetProperty("code").GetString().ShouldBe("370404");
        var towns = (await staff.GetJson($"/api/v1/regions?parentId={top.GetProperty("id").GetGuid()}")).Items()
            .ToList();
        towns.Select(t => t.GetProperty("name").GetString())
            .ShouldBe(["坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇",
            "经济开发区"], ignoreOrder: true);
        towns.ShouldAllBe(t => t.GetProperty("code").GetString()!.Length == 9
            && t.GetProperty("childCount").GetInt32() >= 8);
        var village = (await staff.GetJson("/api/v1/regions?q=鹭鸣山庄")).Items().Single();
        village.GetProperty("code").GetString()!.Length.ShouldBe(12);
        var page = await staff.GetJson("/api/v1/regions?q=村&pageSize=10&page=2");
        page.GetProperty("total").GetInt32().ShouldBeGreaterThan(20);
        page.Items().Count().ShouldBe(10);
        var sys = await app.SignInAs("sysadmin");
        var chain = await sys.GetJson($"/api/v1/regions/{village.GetProperty("id").GetGuid()}");
        chain.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("name").GetString())
            .ShouldBe(["峰城区", "坛山街道"]);
    }

    [Fact]
    [Trait("Req", "ACC-1")]
    public async Task A_new_node_needs_a_code_that_extends_its_parent_and_a_parent_in_scope()
    {
        var sys = await app.SignInAs("sysadmin");
        var staff = await app.SignInAs("staff");
        var town = (await staff.GetJson("/api/v1/regions?q=峨山镇")).Items().Single().GetProperty("id").GetGuid();
        var bad = await sys.PostAsJsonAsync("/api/v1/regions",
            new { parentId = town, code = "37040410499", name = "新村" });
        (await bad.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Code")[0]
            .GetString()!.ShouldContain("12 位");
        var wrongParent = await sys.PostAsJsonAsync("/api/v1/regions",
            new { parentId = town, code = "370404001299", name = "新村" });
        (await wrongParent.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Code")[0]
            .GetString()!.ShouldContain("上级代码");
        var ok = await sys.PostAsJsonAsync("/api/v1/regions",
            new { parentId = town, code = "370404104299", name = "测试新村" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var dup = await sys.PostAsJsonAsync("/api/v1/regions",
            new { parentId = town, code = "370404104299", name = "重复" });
        (await dup.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Code")[0]
            .GetString()!.ShouldContain("已存在");
    }

    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task The_bodies_include_the_1_plus_7_structure_and_the_six_offices()
    {
        var staff = await app.SignInAs("staff");
        var names = (await staff.GetJson("/api/v1/bodies?pageSize=100")).Items()
            .Select(b => b.GetProperty("name").GetString()).ToList();
        string[] expected =
        [
            "中共峰城区委", "区委常委会", "区委理论学习中心组", "区委党校",
                "区委统一战线工作领导小组", "区委统一战线工作领导小组办公室",
            "台港澳侨工作领导小组", "宗教工作联席会议",
            "党外干部工作联席会议（组织部+统战部）",
            "新的社会阶层人士统战工作联席会议",
            "少数民族发展服务联动工作机制", "民营经济统战工作协调机制",
            "侨务工作协调机制", "区委统战部", "办公室", "调研室", "组织联络室",
            "民族宗教室", "台港澳侨室", "经济联络室",
            "区统战事务服务中心（区侨联联络中心）", "坛山街道统战办公室",
        ];
        expected.ShouldBeSubsetOf(names);
        var group = (await staff.GetJson("/api/v1/bodies?q=领导小组&type=5")).Items().First().GetProperty("id")
            .GetGuid();
        var detail = await staff.GetJson($"/api/v1/bodies/{group}");
        detail.GetProperty("children").GetArrayLength().ShouldBe(8); // its office and the seven mechanisms
        detail.GetProperty("members").EnumerateArray()
            .ShouldContain(m => m.GetProperty("duty").GetString() == "组长");
        detail.GetProperty("units").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString())
            .ShouldContain("区委统一战线工作领导小组工作规则");
    }

    [Fact]
    [Trait("Req", "ORG-2")]
    public async Task Posts_show_authorised_in_post_and_vacancies()
    {
        var staff = await app.SignInAs("staff");
        var posts = (await staff.GetJson("/api/v1/posts?pageSize=100")).Items().ToList();
        var ufwd = posts.Single(p => p.GetProperty("bodyName").GetString() == "区委统战部");
        ufwd.GetProperty("kind").GetString().ShouldBe("行政编制");
        ufwd.GetProperty("authorized").GetInt32().ShouldBe(11);
        ufwd.GetProperty("vacant").GetInt32()
            .ShouldBe(ufwd.GetProperty("authorized").GetInt32() - ufwd.GetProperty("inPost").GetInt32());
        var center = posts.Single(p => p.GetProperty("kind").GetString() == "事业编制");
        center.GetProperty("authorized").GetInt32().ShouldBe(12);
        var vacant = (await staff.GetJson("/api/v1/posts?vacantOnly=true&pageSize=100")).Items().ToList();
        vacant.ShouldAllBe(p => p.GetProperty("vacant").GetInt32() > 0);
    }

    [Fact]
    [Trait("Req", "ORG-6")]
    [Trait("Req", "SYS-6")]
    public async Task Documents_keep_the_canonical_number_and_refuse_bad_input()
    {
        var staff = await app.SignInAs("staff");
        var numbers = (await staff.GetJson("/api/v1/documents?pageSize=100")).Items()
            .Select(d => d.GetProperty("number").GetString()).ToList();
        string[] seed = ["峰发〔2018〕31号", "峰统组发〔2019〕7号", "峯统发〔2019〕13号",
            "峰统发〔2019〕5号", "峰统发〔2020〕4号", "峰统组发〔2020〕1号"];
        seed.ShouldBeSubsetOf(numbers);
        var county = (await staff.GetJson("/api/v1/regions?q=峰城区")).Items().First().GetProperty("id").GetGuid();
        var suffix = Random.Shared.Next(100, 99999);
        var ok = await staff.PostAsJsonAsync("/api/v1/documents",
            new
            {
                number = $"峰统发[2021]{suffix}号", title = "测试文件", issuer = "区委统战部",
                nodeId = county, issuedOn = "2021-05-01"
            });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var id = (await ok.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await staff.GetJson($"/api/v1/documents/{id}")).GetProperty("number").GetString()
            .ShouldBe($"峰统发〔2021〕{suffix}号");

        var dup = await staff.PostAsJsonAsync("/api/v1/documents",
            new
            {
                number = $"峰统发（2021）{suffix}号", title = "重复", issuer = "区委统战部",
                nodeId = county, issuedOn = "2021-05-01"
            });
        (await dup.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Number")[0]
            .GetString()!.ShouldContain("已被");
        var bad = await staff.PostAsJsonAsync("/api/v1/documents",
            new
            {
                number = "峰统发2021-5", title = new string('长', 201), issuer = "", nodeId = county,
                issuedOn = "2021-05-01"
            });
        var errors = (await bad.Problem(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("Number")[0].GetString()!.ShouldContain("格式");
        errors.GetProperty("Title")[0].GetString()!.ShouldContain("200");
        errors.GetProperty("Issuer")[0].GetString()!.ShouldContain("发文机关");
        var year = await staff.PostAsJsonAsync("/api/v1/documents",
            new
            {
                number = "峰统发〔2019〕88号", title = "年份不符", issuer = "区委统战部",
                nodeId = county, issuedOn = "2021-05-01"
            });
        (await year.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Number")[0]
            .GetString()!.ShouldContain("不一致");
        var town1 = await app.SignInAs("town1");
        var outside = await town1.PostAsJsonAsync("/api/v1/documents",
            new { title = "越界", issuer = "坛山街道", nodeId = county, issuedOn = "2021-05-01" });
        (await outside.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("NodeId")[0]
            .GetString()!.ShouldContain("数据范围");
    }
}

public abstract class OrganisationEditTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task Members_and_member_units_are_added_checked_and_removed()
    {
        var town1 = await app.SignInAs("town1");
        var office = (await town1.GetJson("/api/v1/bodies?q=统战办公室")).Items().Single().GetProperty("id")
            .GetGuid();
        var add = await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/members",
            new { personName = "王小明（测试）", position = "统战干事", duty = "主任" });
        add.StatusCode.ShouldBe(HttpStatusCode.Created, await add.Content.ReadAsStringAsync());
        var memberId = (await add.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id")
            .GetGuid();
        var empty = await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/members",
            new { personName = " ", duty = "" });
        var errors = (await empty.Problem(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("PersonName")[0].GetString().ShouldBe("请填写姓名");
        errors.GetProperty("Duty")[0].GetString().ShouldBe("请填写职务");

        (await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/units",
            new { unitName = "坛山街道派出所", duties = "协助" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var dup = await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/units",
            new { unitName = "坛山街道派出所" });
        (await dup.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("UnitName")[0]
            .GetString()!.ShouldContain("已是");
        var detail = await town1.GetJson($"/api/v1/bodies/{office}");
        detail.GetProperty("members").EnumerateArray()
            .ShouldContain(m => m.GetProperty("personName").GetString() == "王小明（测试）");

        var town2 = await app.SignInAs("town2");
        (await town2.PostAsJsonAsync($"/api/v1/bodies/{office}/members",
            new { personName = "越界", duty = "成员" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town2.DeleteAsync($"/api/v1/bodies/{office}/members/{memberId}")).StatusCode.ShouldBe(
            HttpStatusCode.NotFound);
        (await town1.DeleteAsync($"/api/v1/bodies/{office}/members/{memberId}")).StatusCode.ShouldBe(
            HttpStatusCode.NoContent);
        (await town1.GetJson($"/api/v1/bodies/{office}")).GetProperty("members").EnumerateArray()
            .ShouldNotContain(m => m.GetProperty("id").GetGuid() == memberId);
    }

    [Fact]
    [Trait("Req", "ORG-2")]
    public async Task Posts_are_created_resized_and_filled_with_vacancies_following()
    {
        var staff = await app.SignInAs("staff");
        var body = (await staff.GetJson("/api/v1/bodies?q=调研室")).Items().Single().GetProperty("id").GetGuid();
        var create = await staff.PostAsJsonAsync("/api/v1/posts",
            new { bodyId = body, kind = "行政编制", authorized = 2 });
        create.StatusCode.ShouldBe(HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var id = (await create.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var again = await staff.PostAsJsonAsync("/api/v1/posts",
            new { bodyId = body, kind = "行政编制", authorized = 3 });
        (await again.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Kind")[0]
            .GetString()!.ShouldContain("已有");
        var negative = await staff.PutAsJsonAsync($"/api/v1/posts/{id}",
            new { kind = "行政编制", authorized = -1 });
        await negative.Problem(HttpStatusCode.BadRequest);

        (await staff.PostAsJsonAsync($"/api/v1/posts/{id}/holders",
            new
            {
                personName = "测试干部", title = "科员",
                since = "2021-01-01"
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.GetJson("/api/v1/posts?q=调研室")).Items().Single();
        (row.GetProperty("authorized").GetInt32(), row.GetProperty("inPost").GetInt32(),
            row.GetProperty("vacant").GetInt32()).ShouldBe((2, 1, 1));
        var version = (await staff.GetJson($"/api/v1/posts/{id}")).GetProperty("version").GetInt64();
        (await staff.PutAsJsonAsync($"/api/v1/posts/{id}",
            new { kind = "行政编制", authorized = 1, version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJson("/api/v1/posts?q=调研室")).Items().Single().GetProperty("vacant").GetInt32()
            .ShouldBe(0);
        var stale = await staff.PutAsJsonAsync($"/api/v1/posts/{id}",
            new { kind = "行政编制", authorized = 5, version });
        await stale.Problem(HttpStatusCode.Conflict);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsJsonAsync($"/api/v1/posts/{id}/holders",
            new { personName = "x", since = "2021-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class OrganisationEditTestsSqlite(SqliteApp app) : OrganisationEditTests(app);
public sealed class OrganisationEditTestsPostgres(PostgresApp app) : OrganisationEditTests(app);

public sealed class OrganisationTestsSqlite(SqliteApp app) : OrganisationTests(app);
public sealed class OrganisationTestsPostgres(PostgresApp app) : OrganisationTests(app);
