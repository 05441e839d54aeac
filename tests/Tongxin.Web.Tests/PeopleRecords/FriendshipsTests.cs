using Tongxin.Web.Features.Friendships;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Friendships between party leaders and non-party people, and their contacts (PPL-4).</summary>
public abstract class FriendshipsTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-4")]
    public async Task Friendships_pair_a_party_leader_with_a_non_party_person_and_count_this_years_contacts()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("榴园镇");
        var leader = await staff.NewPerson(node, Unique("书记"), "A11");
        var friendName = Unique("党外");
        var friend = await staff.NewPerson(node, friendName);
        var other = await staff.NewPerson(node, Unique("党员"), "A11");
        (await (await staff.PostAsJsonAsync("/api/v1/friendships",
            new SaveFriendship.Request(friend, leader, null))).Errors("LeaderId"))[0].ShouldContain("中共党员");
        (await (await staff.PostAsJsonAsync("/api/v1/friendships",
            new SaveFriendship.Request(leader, other, null))).Errors("FriendId"))[0].ShouldContain("党外人士");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await staff.PostAsJsonAsync("/api/v1/friendships",
            new SaveFriendship.Request(leader, friend, today.AddMonths(-1)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var pair = await created.CreatedId();
        (await staff.PostAsJsonAsync("/api/v1/friendships",
            new SaveFriendship.Request(leader, friend, null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await staff.Get<PageTotal>($"/api/v1/friendships?q={friendName}&behind=true")).Total.ShouldBe(1);
        var contacts = $"/api/v1/friendships/{pair}/contacts";
        (await staff.PostAsJsonAsync(contacts, new AddFriendshipContact.Request(today.AddDays(1), "走访", "明天")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync(contacts, new AddFriendshipContact.Request(today, "飞鸽", "x")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var form in new[] { "走访", "座谈" })
            (await staff.PostAsJsonAsync(contacts, new AddFriendshipContact.Request(today, form, "了解企业诉求")))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.Get<Page<FriendshipRow>>($"/api/v1/friendships?q={friendName}")).Items.Single();
        row.ContactsThisYear.ShouldBe(2);
        (await staff.Get<PageTotal>($"/api/v1/friendships?q={friendName}&behind=true")).Total.ShouldBe(0);

        var town1 = await app.SignInAs("town1");
        (await town1.Get<PageTotal>($"/api/v1/friendships?q={friendName}")).Total.ShouldBe(0);
        (await town1.PostAsJsonAsync(contacts, new AddFriendshipContact.Request(today, "走访", "越界")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class FriendshipsTestsSqlite(SqliteApp app) : FriendshipsTests(app);
public sealed class FriendshipsTestsPostgres(PostgresApp app) : FriendshipsTests(app);
