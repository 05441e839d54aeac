using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Domain.People;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests;

/// <summary>Issue 3 beyond the register: cadres, seats, friendships, town and village forces, pending changes, suggestions.</summary>
public abstract class PeopleRecordsTests(TestApp app)
{
    private static string NewId(DateOnly birth)
    {
        var first17 = "370404" + birth.ToString("yyyyMMdd") + Random.Shared.Next(100, 999).ToString("000");
        return first17 + IdNumber.CheckCharFor(first17);
    }

    private static async Task<Guid> Node(HttpClient c, string name) =>
        (await c.GetJson($"/api/v1/regions?q={Uri.EscapeDataString(name)}")).Items().First(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<Guid> NewPerson(HttpClient c, Guid node, string name, string affiliation = "A09", string education = "D02", DateOnly? birth = null,
        string[]? categories = null)
    {
        var r = await c.PostAsJsonAsync("/api/v1/people", new
        {
            name, nodeId = node, affiliation, education, idNumber = birth is { } b ? NewId(b) : null,
            categories = categories ?? (affiliation == "A11" ? Array.Empty<string>() : ["C02"]),
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    [Trait("Req", "PPL-3")]
    public async Task Non_party_cadres_have_rank_post_and_placements_and_party_members_are_refused()
    {
        var staff = await app.SignInAs("staff");
        var demo = await staff.GetJson("/api/v1/cadres?pageSize=100");
        demo.GetProperty("byRank").GetProperty("副县级").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        demo.GetProperty("byRank").GetProperty("正科级").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        demo.GetProperty("placed").GetInt32().ShouldBeGreaterThanOrEqualTo(6);

        var county = await Node(staff, "峰城区");
        var member = await NewPerson(staff, county, Unique("党员"), "A11");
        var refused = await (await staff.PostAsJsonAsync("/api/v1/cadres", new { personId = member, rank = "正科级" })).Problem(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("PersonId")[0].GetString()!.ShouldContain("中共党员");
        (await (await staff.PostAsJsonAsync("/api/v1/cadres", new { personId = member, rank = "处级" })).Problem(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("Rank")[0].GetString()!.ShouldContain("职级");

        var name = Unique("干部");
        var person = await NewPerson(staff, county, name);
        var created = await staff.PostAsJsonAsync("/api/v1/cadres", new { personId = person, rank = "副县级", post = "区科技局副局长" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var cadre = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsJsonAsync("/api/v1/cadres", new { personId = person, rank = "正科级" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // once only

        var town = await Node(staff, "底阁镇");
        var backwards = await (await staff.PostAsJsonAsync("/api/v1/cadres/placements", new { cadreId = cadre, kind = "挂职", townId = town, startOn = "2026-03-01", endOn = "2026-01-01" }))
            .Problem(HttpStatusCode.BadRequest);
        backwards.GetProperty("errors").GetProperty("EndOn")[0].GetString()!.ShouldContain("早于");
        (await staff.PostAsJsonAsync("/api/v1/cadres/placements", new { cadreId = cadre, kind = "赴镇街锻炼", townId = town, startOn = "2026-03-01", endOn = "2027-03-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.GetJson($"/api/v1/cadres?q={name}")).GetProperty("page").Items().Single();
        row.GetProperty("rank").GetString().ShouldBe("副县级");
        var placement = row.GetProperty("placements")[0];
        placement.GetProperty("unit").GetString().ShouldBe("底阁镇党（工）委");
        placement.GetProperty("townName").GetString().ShouldBe("底阁镇");

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson($"/api/v1/cadres?q={name}")).GetProperty("page").GetProperty("total").GetInt32().ShouldBe(0); // county cadre, not town1's
        (await town1.PostAsJsonAsync("/api/v1/cadres", new { personId = person, rank = "正科级" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "PPL-8")]
    public async Task Seats_terms_ending_within_six_months_are_listed_and_reviews_are_one_per_year()
    {
        var staff = await app.SignInAs("staff");
        var expiring = (await staff.GetJson("/api/v1/arrangements?expiringMonths=6&pageSize=100")).Items().ToList();
        expiring.ShouldNotBeEmpty();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        expiring.ShouldAllBe(s => s.GetProperty("daysLeft").GetInt32() >= 0 && DateOnly.Parse(s.GetProperty("termEndsOn").GetString()!) <= today.AddMonths(6));
        expiring.Select(s => s.GetProperty("daysLeft").GetInt32()).ShouldBeInOrder();

        var node = await Node(staff, "峨山镇");
        var name = Unique("委员");
        var person = await NewPerson(staff, node, name);
        var wrong = await (await staff.PostAsJsonAsync("/api/v1/arrangements", new { personId = person, chamber = "政协", level = "L01", term = "第十届", electedOn = "2026-01-01", termEndsOn = "2025-01-01" }))
            .Problem(HttpStatusCode.BadRequest);
        wrong.GetProperty("errors").GetProperty("TermEndsOn")[0].GetString()!.ShouldContain("晚于当选时间");
        (await staff.PostAsJsonAsync("/api/v1/arrangements", new { personId = person, chamber = "议会", level = "L01", term = "第十届", electedOn = "2026-01-01", termEndsOn = "2031-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var soon = today.AddMonths(2);
        (await staff.PostAsJsonAsync("/api/v1/arrangements", new { personId = person, chamber = "政协", level = "L01", term = "第十届", seat = "委员", electedOn = soon.AddYears(-5), termEndsOn = soon }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.GetJson($"/api/v1/arrangements?expiringMonths=6&q={name}")).GetProperty("total").GetInt32().ShouldBe(1);
        (await staff.GetJson($"/api/v1/arrangements?expiringMonths=1&q={name}")).GetProperty("total").GetInt32().ShouldBe(0);

        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews", new { personId = person, year = today.Year - 1, result = "优秀" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews", new { personId = person, year = today.Year - 1, result = "称职" })).Problem(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("Year")[0].GetString()!.ShouldContain("已有考察记录");
        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews", new { personId = person, year = today.Year + 1, result = "称职" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var records = await staff.GetJson($"/api/v1/people/{person}/records");
        records.GetProperty("seats").GetArrayLength().ShouldBe(1);
        records.GetProperty("reviews")[0].GetProperty("result").GetString().ShouldBe("优秀");

        var town2 = await app.SignInAs("town2");
        (await town2.GetJson($"/api/v1/arrangements?q={name}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await town2.GetAsync($"/api/v1/people/{person}/records")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "PPL-8")]
    public async Task Recognition_date_belongs_to_non_party_people_only()
    {
        var staff = await app.SignInAs("staff");
        var node = await Node(staff, "峰城区");
        var bad = await staff.PostAsJsonAsync("/api/v1/people", new { name = Unique("认定"), nodeId = node, affiliation = "A10", categories = new[] { "C03" }, recognisedOn = "2015-05-01" });
        (await bad.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("RecognisedOn")[0].GetString()!.ShouldContain("无党派人士");
        var good = await staff.PostAsJsonAsync("/api/v1/people", new { name = Unique("认定"), nodeId = node, affiliation = "A09", categories = new[] { "C02" }, recognisedOn = "2015-05-01" });
        good.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.GetJson($"/api/v1/people/{id}")).GetProperty("recognisedOn").GetString().ShouldBe("2015-05-01");
        var town1 = await app.SignInAs("leader");
        (await town1.GetJson($"/api/v1/people/{id}")).GetProperty("recognisedOn").GetString().ShouldBe("2015-05-01"); // leader may see sensitive
    }

    [Fact]
    [Trait("Req", "PPL-4")]
    public async Task Friendships_pair_a_party_leader_with_a_non_party_person_and_count_this_years_contacts()
    {
        var staff = await app.SignInAs("staff");
        var node = await Node(staff, "榴园镇");
        var leader = await NewPerson(staff, node, Unique("书记"), "A11");
        var friendName = Unique("党外");
        var friend = await NewPerson(staff, node, friendName);
        var other = await NewPerson(staff, node, Unique("党员"), "A11");
        (await (await staff.PostAsJsonAsync("/api/v1/friendships", new { leaderId = friend, friendId = leader })).Problem(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("LeaderId")[0].GetString()!.ShouldContain("中共党员");
        (await (await staff.PostAsJsonAsync("/api/v1/friendships", new { leaderId = leader, friendId = other })).Problem(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("FriendId")[0].GetString()!.ShouldContain("党外人士");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await staff.PostAsJsonAsync("/api/v1/friendships", new { leaderId = leader, friendId = friend, since = today.AddMonths(-1) });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var pair = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsJsonAsync("/api/v1/friendships", new { leaderId = leader, friendId = friend })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await staff.GetJson($"/api/v1/friendships?q={friendName}&behind=true")).GetProperty("total").GetInt32().ShouldBe(1);
        (await staff.PostAsJsonAsync($"/api/v1/friendships/{pair}/contacts", new { date = today.AddDays(1), form = "走访", topic = "明天" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"/api/v1/friendships/{pair}/contacts", new { date = today, form = "飞鸽", topic = "x" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var form in new[] { "走访", "座谈" })
            (await staff.PostAsJsonAsync($"/api/v1/friendships/{pair}/contacts", new { date = today, form, topic = "了解企业诉求" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.GetJson($"/api/v1/friendships?q={friendName}")).Items().Single();
        row.GetProperty("contactsThisYear").GetInt32().ShouldBe(2);
        (await staff.GetJson($"/api/v1/friendships?q={friendName}&behind=true")).GetProperty("total").GetInt32().ShouldBe(0);

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson($"/api/v1/friendships?q={friendName}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await town1.PostAsJsonAsync($"/api/v1/friendships/{pair}/contacts", new { date = today, form = "走访", topic = "越界" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "ORG-3")]
    [Trait("Req", "ORG-4")]
    public async Task Town_forces_match_the_seed_flag_gaps_and_officer_appointments_name_the_rule_that_failed()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.GetJson("/api/v1/forces/towns");
        coverage.GetProperty("totalStaff").GetInt32().ShouldBeGreaterThanOrEqualTo(25);
        coverage.GetProperty("sectionLevelStaff").GetInt32().ShouldBeGreaterThanOrEqualTo(10);
        var towns = coverage.GetProperty("towns").EnumerateArray().ToList();
        towns.Count.ShouldBe(8);
        var zone = towns.Single(t => t.GetProperty("town").GetString() == "经济开发区");
        zone.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("统战委员");

        var town = await Node(staff, "阴平镇");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = await NewPerson(staff, town, Unique("超龄"), "A11", "D02", today.AddYears(-38));
        var college = await NewPerson(staff, town, Unique("专科"), "A11", "D03", today.AddYears(-30));
        var outsider = await NewPerson(staff, await Node(staff, "古邵镇"), Unique("外镇"), "A11", "D02", today.AddYears(-30));
        var fit = await NewPerson(staff, town, Unique("合格"), "A11", "D01", today.AddYears(-38));
        async Task<JsonElement> Appoint(Guid person, bool exceptional = false, string? reason = null) =>
            await (await staff.PostAsJsonAsync("/api/v1/forces/town-officers", new { townId = town, personId = person, role = 2, appointedOn = today, exceptional, exceptionalReason = reason }))
                .Problem(HttpStatusCode.BadRequest);
        string Rules(JsonElement e) => string.Join(" ", e.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(x => x.GetString())));

        Rules(await Appoint(old)).ShouldContain("超过 35 周岁");
        Rules(await Appoint(old, true)).ShouldContain("须填写书面理由");
        Rules(await Appoint(college)).ShouldContain("大学本科及以上");
        Rules(await Appoint(outsider)).ShouldContain("不属于阴平镇");
        Rules(await Appoint(fit, true, "长期从事民族宗教工作，成绩突出")).ShouldContain("已有在任统战干事"); // the demo town has one

        var current = towns.Single(t => t.GetProperty("town").GetString() == "阴平镇").GetProperty("officers")[0].GetProperty("appointmentId").GetGuid();
        (await staff.PostAsync($"/api/v1/forces/{current}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var flagged = (await staff.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("town").GetString() == "阴平镇");
        flagged.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("统战干事");
        var ok = await staff.PostAsJsonAsync("/api/v1/forces/town-officers", new { townId = town, personId = fit, role = 2, appointedOn = today, exceptional = true, exceptionalReason = "长期从事民族宗教工作，成绩突出" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var after = (await staff.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("town").GetString() == "阴平镇");
        after.GetProperty("missing").GetArrayLength().ShouldBe(0);
        after.GetProperty("officers")[0].GetProperty("exceptional").GetBoolean().ShouldBeTrue();

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("town").GetString()).ShouldBe(["坛山街道"]);
    }

    [Fact]
    [Trait("Req", "ORG-5")]
    public async Task Village_coverage_lists_every_village_missing_a_liaison_or_coordinator_per_town()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.GetJson("/api/v1/forces/villages");
        var rows = coverage.GetProperty("towns").EnumerateArray().ToList();
        rows.Sum(r => r.GetProperty("villages").GetInt32()).ShouldBe(coverage.GetProperty("villages").GetInt32());
        var withGap = rows.First(r => r.GetProperty("gaps").GetArrayLength() > 0 && r.GetProperty("town").GetString() == "榴园镇");
        var gap = withGap.GetProperty("gaps")[0];
        var village = gap.GetProperty("villageId").GetGuid();
        var role = gap.GetProperty("missing")[0].GetString() == "统战工作联络员" ? 1 : 2;
        var otherRole = 3 - role;

        var person = await NewPerson(staff, village, Unique("书记"), "A11", "D03");
        (await (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons", new { villageId = village, personId = person, role = otherRole, appointedOn = "2025-01-01" }))
            .Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Role")[0].GetString()!.ShouldContain("已有在任");
        var town = await Node(staff, "榴园镇");
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons", new { villageId = town, personId = person, role, appointedOn = "2025-01-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons", new { villageId = village, personId = person, role, appointedOn = "2025-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = (await staff.GetJson($"/api/v1/forces/villages?townId={town}")).GetProperty("towns")[0];
        after.GetProperty("gaps").EnumerateArray().Where(g => g.GetProperty("villageId").GetGuid() == village)
            .SelectMany(g => g.GetProperty("missing").EnumerateArray().Select(m => m.GetString())).ShouldNotContain(gap.GetProperty("missing")[0].GetString());

        var village1 = await app.SignInAs("village1");
        var own = (await village1.GetJson("/api/v1/forces/villages")).GetProperty("villages").GetInt32();
        own.ShouldBe(0); // a village user's scope holds no town row: the view is per town
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "SEC-8")]
    public async Task A_town_proposal_waits_is_shown_side_by_side_and_reaches_the_register_only_when_approved()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs("town1");
        var town2 = await app.SignInAs("town2");
        var node = await Node(staff, "坛山街道");
        var name = Unique("待审");
        var person = await NewPerson(staff, node, name);
        var before = await staff.GetJson($"/api/v1/people/{person}");
        var version = before.GetProperty("version").GetInt64();

        object Edit(string employer, long v) => new { name, nodeId = node, categories = new[] { "C02" }, employer, version = v };
        (await town1.PutAsJsonAsync($"/api/v1/people/{person}", Edit("直接改", version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var proposed = await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}", Edit("新单位", version));
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var change = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}", Edit("再改", version))).StatusCode.ShouldBe(HttpStatusCode.Conflict); // one at a time
        (await town1.PostAsJsonAsync("/api/v1/pending-changes", new { name = "", nodeId = node })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // validated like a save
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer").ValueKind.ShouldBe(JsonValueKind.Null); // nothing written yet

        var side = await staff.GetJson($"/api/v1/pending-changes/{change}");
        var employer = side.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("label").GetString() == "工作单位");
        employer.GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);
        employer.GetProperty("proposed").GetString().ShouldBe("新单位");
        employer.GetProperty("changed").GetBoolean().ShouldBeTrue();
        side.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("label").GetString() == "姓名").GetProperty("changed").GetBoolean().ShouldBeFalse();

        (await town2.GetAsync($"/api/v1/pending-changes/{change}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town2.GetJson("/api/v1/pending-changes?pageSize=100")).Items().ShouldNotContain(i => i.GetProperty("id").GetGuid() == change);
        (await town1.GetJson("/api/v1/pending-changes?pageSize=100")).Items().ShouldContain(i => i.GetProperty("id").GetGuid() == change);
        (await town1.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision", new { approve = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // reason needed

        var approved = await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision", new { approve = true });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer").GetString().ShouldBe("新单位");
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A proposal overtaken by a direct edit cannot be approved: conflict, nothing changes, it stays pending.
        var v2 = (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("version").GetInt64();
        var stale = (await (await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}", Edit("旧提议", v2))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PutAsJsonAsync($"/api/v1/people/{person}", Edit("区里直接改", v2))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJson($"/api/v1/pending-changes/{stale}")).GetProperty("outdated").GetBoolean().ShouldBeTrue();
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{stale}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer").GetString().ShouldBe("区里直接改");
        (await staff.GetJson($"/api/v1/pending-changes/{stale}")).GetProperty("status").GetString().ShouldBe("Pending");
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{stale}/decision", new { approve = false, reason = "已由区里更新" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A proposed new person appears only after approval.
        var newName = Unique("新增");
        var idNumber = NewId(new DateOnly(1980, 2, 3));
        var proposal = await town1.PostAsJsonAsync("/api/v1/pending-changes", new { name = newName, nodeId = node, categories = new[] { "C06" }, idNumber });
        var newChange = (await proposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.GetJson($"/api/v1/people?q={newName}")).GetProperty("total").GetInt32().ShouldBe(0);
        var raw = await app.WithDb("/", db => Task.FromResult(db.PendingChanges.Single(c => c.Id == newChange).PayloadCipher));
        raw.ShouldNotContain(idNumber); // SEC-23: the proposal is encrypted at rest
        (await staff.GetJson($"/api/v1/pending-changes/{newChange}")).GetRawText().ShouldNotContain(idNumber);
        var made = await (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{newChange}/decision", new { approve = true })).Content.ReadFromJsonAsync<JsonElement>();
        (await staff.GetJson($"/api/v1/people/{made.GetProperty("personId").GetGuid()}")).GetProperty("name").GetString().ShouldBe(newName);
    }

    [Fact]
    [Trait("Req", "PPL-10")]
    public async Task Suggestions_are_handled_and_the_adoption_rate_follows()
    {
        var staff = await app.SignInAs("staff");
        var node = await Node(staff, "经济开发区");
        var person = await NewPerson(staff, node, Unique("建言人"));
        var year = 2019;
        var title = Unique("建议");
        (await staff.PostAsJsonAsync("/api/v1/suggestions", new { personId = person, title, text = "内容", date = "2019-03-01", category = "天气" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/suggestions", new { personId = person, title, text = "内容", date = "2099-03-01", category = "经济发展" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var r = await staff.PostAsJsonAsync("/api/v1/suggestions", new { personId = person, title = $"{title}{i}", text = "内容", date = $"{year}-03-0{i + 1}", category = "经济发展" });
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
            ids.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        async Task<JsonElement> Stats() => (await staff.GetJson($"/api/v1/suggestions?q={title}&year={year}")).GetProperty("stats");
        (await Stats()).GetProperty("adoptionRate").GetDecimal().ShouldBe(0m);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[0]}/handling", new { handling = 1, note = "已纳入区政府工作", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[1]}/handling", new { handling = 3, note = "已答复", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[2]}/handling", new { handling = 1, note = "", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[1]}/handling", new { handling = 1, note = "改判", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // stale version
        var stats = await Stats();
        stats.GetProperty("total").GetInt32().ShouldBe(3);
        stats.GetProperty("adopted").GetInt32().ShouldBe(1);
        stats.GetProperty("adoptionRate").GetDecimal().ShouldBe(33.3m);

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson($"/api/v1/suggestions?q={title}")).GetProperty("stats").GetProperty("total").GetInt32().ShouldBe(0);
        (await town1.GetJson("/api/v1/suggestions?pageSize=100")).GetProperty("page").Items().ShouldAllBe(s => s.GetProperty("nodeName").GetString() != "经济开发区");
    }
}

public sealed class PeopleRecordsTestsSqlite(SqliteApp app) : PeopleRecordsTests(app);
public sealed class PeopleRecordsTestsPostgres(PostgresApp app) : PeopleRecordsTests(app);
