using Tongxin.Domain.Regions;

namespace Tongxin.Data.Seed;

/// <summary>
/// Activities for the years between the seed (2018–2020) and the current year, so the duties of 2021 onwards are
/// mostly met with a few behind, and 联谊交友 contacts for last year. The seed's 2018–2020 figures (17 reports heard,
/// 24 批示) are left as they are: nothing here is dated before 2021. All made up.
/// </summary>
public static partial class FengchengDemo
{
    public const int FirstFilledYear = 2021;

    public static async Task LoadYearsAsync(TongxinDb db, DateOnly today, CancellationToken ct = default)
    {
        if (today.Year <= FirstFilledYear || !await db.DutyRules.AnyAsync(ct)
            || await db.Activities.AnyAsync(a => a.Year == FirstFilledYear, ct)) return;
        var regions = await db.Regions.Where(r => r.Level >= RegionLevel.County).OrderBy(r => r.Code).ToListAsync(ct);
        var county = regions.First(r => r.Level == RegionLevel.County);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        var villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        var bodies = await db.Bodies.ToListAsync(ct);
        var units = await db.MemberUnits.OrderBy(u => u.UnitName).ToListAsync(ct);
        Body B(string name) => bodies.Single(b => b.Name == name);
        var random = new Random(2021);
        var activities = new List<Activity>();
        void Add(DateOnly date, string type, string topic, Body? body = null, Region? node = null, bool minutes = true,
            MemberUnit? unit = null)
        {
            var at = node ?? (body is null ? county : regions.First(r => r.Id == body.NodeId));
            activities.Add(new Activity
            {
                Date = date, Type = type, BodyId = body?.Id, MemberUnitId = unit?.Id, Topic = topic,
                Minutes = minutes ? $"（演示）{topic}会议纪要" : null, HasEvidence = minutes,
                NodeId = unit?.NodeId ?? at.Id, NodePath = unit?.NodePath ?? at.NodePath,
            });
        }
        DateOnly On(int year, int month, int day = 0) => new(year, month, day == 0 ? 5 + random.Next(20) : day);
        for (var year = FirstFilledYear; year < today.Year; year++)
        {
            // one or two duties fall behind each year, differently from year to year
            var lag = year % 5;
            for (var i = 0; i < 2; i++)
                Add(On(year, 2 + i * 5), "T02", "听取全区统战及宗教工作情况汇报", B("区委常委会"));
            for (var i = 0; i < 2; i++)
                Add(On(year, 3 + i * 5), "T02", "听取宗教工作专题汇报、研究部署宗教工作",
                    B("区委统一战线工作领导小组"));
            Add(On(year, 9), "T01", "领导小组成员会议研究部署宗教工作", B("区委统一战线工作领导小组"));
            for (var i = 0; i < 5 + year % 3; i++)
                Add(On(year, 1 + i * 3 / 2), "T08", "区委主要领导对统战工作作出批示", B("中共峰城区委"));
            Add(On(year, 4), "T02", "区委听取统一战线工作汇报", B("中共峰城区委"));
            Add(On(year, 1, 20), "T09", "区委领导班子年度述职（含统一战线工作）", B("中共峰城区委"));
            foreach (var (town, t) in towns.Select((x, i) => (x, i)))
            {
                var party = bodies.Single(b => b.NodeId == town.Id && b.Type == BodyType.PartyCommittee);
                if (t != lag + 2) Add(On(year, 4 + t % 7), "T02", $"{town.Name}党（工）委听取统战工作汇报", party);
                Add(On(year, 1, 15), "T09", "领导班子年度述职（含统一战线工作）", party);
            }
            for (var i = 0; i < 2; i++)
                Add(On(year, 4 + i * 5), "T05", "非公有制经济代表人士座谈会", B("区委统战部"));
            for (var i = 0; i < 2; i++)
                Add(On(year, 3 + i * 5), "T03", "学习宗教政策法规", B("区委理论学习中心组"));
            for (var i = 0; i < (lag == 1 ? 2 : 3); i++)
                Add(On(year, 2 + i * 4), "T01", "宗教工作联席会议研究部署专题工作", B("宗教工作联席会议"));
            for (var i = 0; i < 3; i++)
                Add(On(year, 3 + i * 3), "T04", "宗教理论政策法规主体班授课", B("区委党校"));
            Add(On(year, 6), "T04", "统战干部宗教政策法规专题培训班", B("区委统战部"));
            foreach (var mechanism in bodies.Where(b => b.Type == BodyType.JointMechanism))
            {
                Add(On(year, 2), "T10", $"{mechanism.Name}印发年度工作要点和重点任务清单", mechanism);
                if (mechanism.Name != "宗教工作联席会议")
                    Add(On(year, 10), "T01", $"{mechanism.Name}召开协调会议", mechanism);
            }
            foreach (var (v, i) in villages.Select((x, i) => (x, i)))
                for (var k = 0; k < ((i + year) % 17 == 0 ? 1 : 2); k++)
                    Add(new DateOnly(year, 3 + k * 5, 28), "T03", "“28日党员活动日”集中学习宗教政策法规",
                        node: v, minutes: k == 0);
            foreach (var q in Enumerable.Range(0, lag == 3 ? 3 : 4))
                Add(On(year, 1 + q * 3), "T05", "商会会员座谈会", B("吴林街道统战办公室"));
            foreach (var (u, i) in units.Select((x, i) => (x, i)))
                if (i != lag + 3) Add(On(year, 5), "T01", $"{u.UnitName}专题研究本单位统战工作", unit: u);
        }
        db.Activities.AddRange(activities);

        // 联谊交友 contacts of last year, for the pairs that existed then
        var last = today.Year - 1;
        var pairs = await db.Friendships.Where(f => f.Since <= new DateOnly(last, 6, 30)).ToListAsync(ct);
        foreach (var (pair, i) in pairs.Select((x, i) => (x, i)))
            for (var c = 0; c < (i % 5 == 4 ? 1 : 2); c++)
                db.FriendshipContacts.Add(new FriendshipContact
                {
                    FriendshipId = pair.Id, Date = new DateOnly(last, 3 + c * 5, 8 + i % 15),
                    Form = FriendshipContact.Forms[(c + i) % 4],
                    Topic = c == 0 ? "走访座谈，了解企业经营和诉求" : "谈心谈话，听取意见建议",
                    NodeId = pair.NodeId, NodePath = pair.NodePath,
                });
        await db.SaveChangesAsync(ct);
    }
}
