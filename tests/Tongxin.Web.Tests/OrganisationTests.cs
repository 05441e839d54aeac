using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.Documents;
using Tongxin.Web.Features.Posts;
using Tongxin.Web.Features.Regions;

namespace Tongxin.Web.Tests;

public abstract class OrganisationTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ACC-1")]
    public async Task The_region_tree_runs_from_province_to_village_with_gb_codes()
    {
        var staff = await app.SignInAs("staff");
        var top = (await staff.Get<Page<RegionDto>>("/api/v1/regions")).Items.Single();
        top.Name.ShouldBe("峰城区");
        top.Code.ShouldBe("370404");
        var towns = (await staff.Get<Page<RegionDto>>($"/api/v1/regions?parentId={top.Id}")).Items;
        towns.Select(t => t.Name)
            .ShouldBe(["坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇",
            "经济开发区"], ignoreOrder: true);
        towns.ShouldAllBe(t => t.Code.Length == 9 && t.ChildCount >= 8);
        var village = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=鹭鸣山庄")).Items.Single();
        village.Code.Length.ShouldBe(12);
        var page = await staff.Get<Page<RegionDto>>("/api/v1/regions?q=村&pageSize=10&page=2");
        page.Total.ShouldBeGreaterThan(20);
        page.Items.Count.ShouldBe(10);
        var sys = await app.SignInAs("sysadmin");
        var chain = await sys.Get<RegionChain>($"/api/v1/regions/{village.Id}");
        chain.Ancestors.Select(a => a.Name).ShouldBe(["峰城区", "坛山街道"]);
    }

    [Fact]
    [Trait("Req", "ACC-1")]
    public async Task A_new_node_needs_a_code_that_extends_its_parent_and_a_parent_in_scope()
    {
        var sys = await app.SignInAs("sysadmin");
        var staff = await app.SignInAs("staff");
        var town = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峨山镇")).Items.Single().Id;
        var bad = await sys.PostAsJsonAsync("/api/v1/regions", new CreateRegion.Request(town, "37040410499", "新村"));
        (await bad.Errors("Code"))[0].ShouldContain("12 位");
        var wrongParent = await sys.PostAsJsonAsync("/api/v1/regions",
            new CreateRegion.Request(town, "370404001299", "新村"));
        (await wrongParent.Errors("Code"))[0].ShouldContain("上级代码");
        var ok = await sys.PostAsJsonAsync("/api/v1/regions", new CreateRegion.Request(town, "370404104299", "测试新村"));
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var dup = await sys.PostAsJsonAsync("/api/v1/regions", new CreateRegion.Request(town, "370404104299", "重复"));
        (await dup.Errors("Code"))[0].ShouldContain("已存在");
    }

    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task The_bodies_include_the_1_plus_7_structure_and_the_six_offices()
    {
        var staff = await app.SignInAs("staff");
        var names = (await staff.Get<Page<BodyRow>>("/api/v1/bodies?pageSize=100")).Items.Select(b => b.Name)
            .ToList();
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
        var group = (await staff.Get<Page<BodyRow>>("/api/v1/bodies?q=领导小组&type=5")).Items.First().Id;
        var detail = await staff.Get<BodyDetail>($"/api/v1/bodies/{group}");
        detail.Children.Count.ShouldBe(8); // its office and the seven mechanisms
        detail.Members.ShouldContain(m => m.Duty == "组长");
        detail.Units.Count.ShouldBeGreaterThan(0);
        detail.Documents.Select(d => d.Title).ShouldContain("区委统一战线工作领导小组工作规则");
    }

    [Fact]
    [Trait("Req", "ORG-2")]
    public async Task Posts_show_authorised_in_post_and_vacancies()
    {
        var staff = await app.SignInAs("staff");
        var posts = (await staff.Get<Page<PostRow>>("/api/v1/posts?pageSize=100")).Items;
        var ufwd = posts.Single(p => p.BodyName == "区委统战部");
        ufwd.Kind.ShouldBe("行政编制");
        ufwd.Authorized.ShouldBe(11);
        ufwd.Vacant.ShouldBe(ufwd.Authorized - ufwd.InPost);
        var center = posts.Single(p => p.Kind == "事业编制");
        center.Authorized.ShouldBe(12);
        var vacant = (await staff.Get<Page<PostRow>>("/api/v1/posts?vacantOnly=true&pageSize=100")).Items;
        vacant.ShouldAllBe(p => p.Vacant > 0);
    }

    [Fact]
    [Trait("Req", "ORG-6")]
    [Trait("Req", "SYS-6")]
    public async Task Documents_keep_the_canonical_number_and_refuse_bad_input()
    {
        var staff = await app.SignInAs("staff");
        var numbers = (await staff.Get<Page<DocumentRow>>("/api/v1/documents?pageSize=100")).Items
            .Select(d => d.Number).ToList();
        string[] seed = ["峰发〔2018〕31号", "峰统组发〔2019〕7号", "峯统发〔2019〕13号",
            "峰统发〔2019〕5号", "峰统发〔2020〕4号", "峰统组发〔2020〕1号"];
        seed.ShouldBeSubsetOf(numbers);
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        var suffix = Random.Shared.Next(100, 99999);
        var issued = new DateOnly(2021, 5, 1);
        SaveDocument.Request Document(string? number, string title, string issuer = "区委统战部") =>
            new(number, title, issuer, county, BodyId: null, issued, Status: null, Summary: null);
        var ok = await staff.PostAsJsonAsync("/api/v1/documents", Document($"峰统发[2021]{suffix}号", "测试文件"));
        var id = await ok.CreatedId();
        (await staff.Get<DocumentNumber>($"/api/v1/documents/{id}")).Number.ShouldBe($"峰统发〔2021〕{suffix}号");

        var dup = await staff.PostAsJsonAsync("/api/v1/documents", Document($"峰统发（2021）{suffix}号", "重复"));
        (await dup.Errors("Number"))[0].ShouldContain("已被");
        var bad = await staff.PostAsJsonAsync("/api/v1/documents",
            Document("峰统发2021-5", new string('长', 201), issuer: ""));
        (await bad.Errors("Number"))[0].ShouldContain("格式");
        (await bad.Errors("Title"))[0].ShouldContain("200");
        (await bad.Errors("Issuer"))[0].ShouldContain("发文机关");
        var year = await staff.PostAsJsonAsync("/api/v1/documents", Document("峰统发〔2019〕88号", "年份不符"));
        (await year.Errors("Number"))[0].ShouldContain("不一致");
        var town1 = await app.SignInAs("town1");
        var outside = await town1.PostAsJsonAsync("/api/v1/documents", Document(null, "越界", issuer: "坛山街道"));
        (await outside.Errors("NodeId"))[0].ShouldContain("数据范围");
    }

    private sealed record RegionChain(List<RegionDto> Ancestors);

    private sealed record BodyDetail(List<BodyMember> Members, List<BodyPart> Units, List<BodyPart> Children,
        List<BodyDocument> Documents);

    private sealed record BodyMember(Guid Id, string PersonName, string Duty);

    private sealed record BodyPart(Guid Id);

    private sealed record BodyDocument(Guid Id, string Title);

    private sealed record PostRow(Guid Id, string BodyName, string Kind, int Authorized, int InPost, int Vacant);

    private sealed record DocumentNumber(string? Number);
}

public abstract class OrganisationEditTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ORG-1")]
    public async Task Members_and_member_units_are_added_checked_and_removed()
    {
        var town1 = await app.SignInAs("town1");
        var office = (await town1.Get<Page<BodyRow>>("/api/v1/bodies?q=统战办公室")).Items.Single().Id;
        var members = $"/api/v1/bodies/{office}/members";
        var add = await town1.PostAsJsonAsync(members, new AddBodyMember.Request("王小明（测试）", "统战干事", "主任"));
        var memberId = await add.CreatedId();
        var empty = await town1.PostAsJsonAsync(members, new AddBodyMember.Request(" ", null, ""));
        (await empty.Errors("PersonName"))[0].ShouldBe("请填写姓名");
        (await empty.Errors("Duty"))[0].ShouldBe("请填写职务");

        (await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/units",
            new AddMemberUnit.Request("坛山街道派出所", "协助"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var dup = await town1.PostAsJsonAsync($"/api/v1/bodies/{office}/units",
            new AddMemberUnit.Request("坛山街道派出所", null));
        (await dup.Errors("UnitName"))[0].ShouldContain("已是");
        var detail = await town1.Get<BodyMembers>($"/api/v1/bodies/{office}");
        detail.Members.ShouldContain(m => m.PersonName == "王小明（测试）");

        var town2 = await app.SignInAs("town2");
        (await town2.PostAsJsonAsync(members, new AddBodyMember.Request("越界", null, "成员"))).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await town2.DeleteAsync($"{members}/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town1.DeleteAsync($"{members}/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await town1.Get<BodyMembers>($"/api/v1/bodies/{office}")).Members.ShouldNotContain(m => m.Id == memberId);
    }

    [Fact]
    [Trait("Req", "ORG-2")]
    public async Task Posts_are_created_resized_and_filled_with_vacancies_following()
    {
        var staff = await app.SignInAs("staff");
        var body = (await staff.Get<Page<BodyRow>>("/api/v1/bodies?q=调研室")).Items.Single().Id;
        var create = await staff.PostAsJsonAsync("/api/v1/posts", new SavePost.Request(body, "行政编制", 2));
        var id = await create.CreatedId();
        var again = await staff.PostAsJsonAsync("/api/v1/posts", new SavePost.Request(body, "行政编制", 3));
        (await again.Errors("Kind"))[0].ShouldContain("已有");
        var negative = await staff.PutAsJsonAsync($"/api/v1/posts/{id}", new SavePost.Request(null, "行政编制", -1));
        await negative.Problem(HttpStatusCode.BadRequest);

        var since = new DateOnly(2021, 1, 1);
        (await staff.PostAsJsonAsync($"/api/v1/posts/{id}/holders",
            new PostHolders.Request("测试干部", "科员", since))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.Get<Page<PostCount>>("/api/v1/posts?q=调研室")).Items.Single();
        (row.Authorized, row.InPost, row.Vacant).ShouldBe((2, 1, 1));
        var version = (await staff.Get<Versioned>($"/api/v1/posts/{id}")).Version;
        (await staff.PutAsJsonAsync($"/api/v1/posts/{id}", new SavePost.Request(null, "行政编制", 1, version)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Get<Page<PostCount>>("/api/v1/posts?q=调研室")).Items.Single().Vacant.ShouldBe(0);
        var stale = await staff.PutAsJsonAsync($"/api/v1/posts/{id}", new SavePost.Request(null, "行政编制", 5, version));
        await stale.Problem(HttpStatusCode.Conflict);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsJsonAsync($"/api/v1/posts/{id}/holders", new PostHolders.Request("x", null, since)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private sealed record BodyMember(Guid Id, string PersonName);

    private sealed record BodyMembers(List<BodyMember> Members);

    private sealed record PostCount(int Authorized, int InPost, int Vacant);

    private sealed record Versioned(long Version);
}

public sealed class OrganisationEditTestsSqlite(SqliteApp app) : OrganisationEditTests(app);
public sealed class OrganisationEditTestsPostgres(PostgresApp app) : OrganisationEditTests(app);

public sealed class OrganisationTestsSqlite(SqliteApp app) : OrganisationTests(app);
public sealed class OrganisationTestsPostgres(PostgresApp app) : OrganisationTests(app);
