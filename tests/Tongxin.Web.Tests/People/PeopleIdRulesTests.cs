using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>ID numbers: check digit, real dates, agreement with the birth date, one person per number.</summary>
public abstract class PeopleIdRulesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ID-1")]
    [Trait("Req", "ID-3")]
    [Trait("Req", "SEC-18")]
    public async Task Wrong_check_digits_impossible_dates_and_disagreeing_birth_dates_are_refused()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var good = NewIdNumber("19900101", 123);
        var wrong = good[..17] + (good[17] == '1' ? '2' : '1');
        Task<HttpResponseMessage> Post(string name, string? id, string? phone = null, DateOnly? birth = null) =>
            staff.PostAsJsonAsync("/api/v1/people", Person(name, node, idNumber: id, phone: phone, birthDate: birth,
                ethnicity: "E01", affiliation: "A09"));
        (await (await Post("校验位", wrong)).Errors("IdNumber"))[0].ShouldContain("校验位");
        (await (await Post("日期", "370404199002301230")).Errors("IdNumber"))[0].ShouldContain("不存在");
        (await (await Post("不一致", good, birth: new DateOnly(1990, 1, 2))).Errors("IdNumber"))[0]
            .ShouldContain("不一致");
        (await (await Post("电话", null, phone: "12ab")).Errors("Phone"))[0].ShouldContain("电话");
        (await staff.Get<Page<PersonRow>>("/api/v1/people?q=校验位")).Total.ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "ID-2")]
    [Trait("Req", "SEC-8")]
    public async Task One_person_per_id_number_and_the_existing_record_is_named_only_to_those_who_may_see_it()
    {
        var staff = await app.SignInAs("staff");
        var id = NewIdNumber("19660708");
        var county = await staff.Node("峰城区");
        static Features.People.SavePerson.Request With(string name, Guid node, string id) =>
            Person(name, node, idNumber: id, ethnicity: "E01", affiliation: "A09");
        await staff.NewPerson(With("原记录人", county, id));
        var again = await staff.PostAsJsonAsync("/api/v1/people",
            With("重复人", county, " " + id.ToLowerInvariant() + " "));
        (await again.Errors("IdNumber"))[0].ShouldContain("原记录人");
        var town1 = await app.SignInAs("town1");
        var town = await town1.FirstNode();
        (await town1.PostAsJsonAsync("/api/v1/people", With("重复人", town, id)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden); // towns propose (PPL-9)
        var hidden = await town1.PostAsJsonAsync("/api/v1/pending-changes", With("重复人", town, id));
        var message = (await hidden.Errors("IdNumber"))[0];
        message.ShouldContain("不在您的数据范围内");
        message.ShouldNotContain("原记录人");
    }
}

public sealed class PeopleIdRulesTestsSqlite(SqliteApp app) : PeopleIdRulesTests(app);
public sealed class PeopleIdRulesTestsPostgres(PostgresApp app) : PeopleIdRulesTests(app);
