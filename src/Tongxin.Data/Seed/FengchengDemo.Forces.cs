using System.Text.Json;
using Tongxin.Data.Protection;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;
using Tongxin.Domain.Text;

namespace Tongxin.Data.Seed;

/// <summary>
/// What the seed states about people beyond the register: 5 党外副县级 and 5 党外正科级 cadres, 6 of them
/// placed in towns (PPL-3); 25 town 统战（宗教）工作人员, 10 科级 and 8 统战干事 (ORG-3); 双员 in
/// most villages with a few gaps (ORG-5); seats with terms ending soon, annual reviews, 联谊交友 pairs, suggestions
/// and two pending changes. All made up.
/// </summary>
public static partial class FengchengDemo
{
    public static async Task LoadForcesAsync(TongxinDb db, FieldProtector protector, DateOnly today,
        CancellationToken ct = default)
    {
        if (await db.NonPartyCadres.AnyAsync(ct) || !await db.People.AnyAsync(ct)) return;
        var random = new Random(2019);
        // demo timestamps follow the clock the app runs on
        var now = today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var regions = await db.Regions.Where(r => r.Level >= RegionLevel.County).OrderBy(r => r.Code).ToListAsync(ct);
        var county = regions.First(r => r.Level == RegionLevel.County);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        Person New(Region node, string affiliation, string categories, string employer, string position, int minAge,
            int maxAge, string education = "D02")
        {
            var name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
            var birth = today.AddYears(-random.Next(minAge, maxAge + 1)).AddDays(-random.Next(300));
            var gender = random.Next(2) == 0 ? Gender.Male : Gender.Female;
            var first17 = CountyCode + birth.ToString("yyyyMMdd")
                + (random.Next(10, 99) * 10 + (gender == Gender.Male ? 3 : 4)).ToString("000");
            var id = first17 + IdNumber.CheckCharFor(first17);
            var p = new Person
            {
                Name = name, Gender = gender, BirthDate = birth, Ethnicity = "E01", Religion = "R01",
                Affiliation = affiliation, Education = education, Employer = employer,
                Position = position, Categories = categories,
                Tags = "演示数据", IdCipher = protector.Encrypt(id), IdIndex = protector.Index(id),
                IdMasked = Mask.IdNumber(id),
                NodeId = node.Id, NodePath = node.NodePath,
            };
            db.People.Add(p);
            return p;
        }

        // PPL-3: ten non-Party cadres at the county, six placed in towns.
        string[] posts = ["区教育和体育局副局长", "区卫生健康局副局长",
            "区人民法院副院长", "区科技局副局长", "区市场监管局副局长",
            "区自然资源局科长", "区财政局科长", "区文化和旅游局科长", "区农业农村局科长",
            "区民政局科长"];
        var cadres = new List<NonPartyCadre>();
        for (var i = 0; i < 10; i++)
        {
            var p = New(county, $"A{1 + i % 9:00}", i % 9 == 8 ? "|C02|C03|" : "|C01|C03|", posts[i][..^3],
                posts[i][^3..], 35, 52, i % 3 == 0 ? "D01" : "D02");
            var cadre = new NonPartyCadre
            {
                PersonId = p.Id, Rank = i < 5 ? "副县级" : "正科级", Post = posts[i],
                NodeId = county.Id, NodePath = county.NodePath
            };
            cadres.Add(cadre);
            db.NonPartyCadres.Add(cadre);
            if (i % 5 < 3 && cadres.Count <= 10)
            {
                var town = towns[i % towns.Count];
                db.Placements.Add(new Placement
                {
                    CadreId = cadre.Id, Kind = i % 2 == 0 ? "赴镇街锻炼" : "挂职",
                    Unit = $"{town.Name}党（工）委", TownId = town.Id,
                    StartOn = today.AddMonths(-8 + i), EndOn = today.AddMonths(4 + i), NodeId = county.Id,
                    NodePath = county.NodePath,
                });
            }
        }

        // ORG-3: 25 town staff (the 双基双员 build-up: members from 2018, 干事 during 2019) — 8 统战干事
        // (one per town), 7 统战委员 (开发区 has none: the coverage view flags it), 10 more staff.
        var sectionLevel = 0;
        foreach (var (town, index) in towns.Select((t, i) => (t, i)))
        {
            var officer = New(town, "A11", "|", $"{town.Name}统战办公室", "统战干事", 26, 34);
            db.TownOfficers.Add(new TownOfficer
            {
                PersonId = officer.Id, Role = TownOfficerRole.Officer,
                SectionLevel = index < 3,
                AppointedOn = new DateOnly(2019, 2, 1).AddDays(index * 30), NodeId = town.Id,
                NodePath = town.NodePath
            });
            sectionLevel += index < 3 ? 1 : 0;
            if (town.Name != "经济开发区")
            {
                var member = New(town, "A11", "|", town.Name, "党（工）委委员、统战委员", 38, 50);
                db.TownOfficers.Add(new TownOfficer
                {
                    PersonId = member.Id,
                    Role = TownOfficerRole.CommitteeMember, SectionLevel = true,
                    AppointedOn = new DateOnly(2018, 6, 1), NodeId = town.Id, NodePath = town.NodePath
                });
                sectionLevel++;
            }
        }
        for (var i = 0; i < 10; i++)
        {
            var town = towns[i % towns.Count];
            var staff = New(town, "A11", "|", $"{town.Name}统战办公室",
                i % 2 == 0 ? "民族宗教工作专干" : "统战工作人员", 25, 45, "D03");
            db.TownOfficers.Add(new TownOfficer
            {
                PersonId = staff.Id, Role = TownOfficerRole.Staff,
                SectionLevel = sectionLevel < 10 && i == 0,
                AppointedOn = today.AddMonths(-6 - i), NodeId = town.Id, NodePath = town.NodePath
            });
            if (sectionLevel < 10 && i == 0) sectionLevel++;
        }

        // ORG-5: 双员 in every village, except a few gaps.
        var villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        for (var i = 0; i < villages.Count; i++)
        {
            var v = villages[i];
            if (i % 17 != 5)
                db.VillageLiaisons.Add(new VillageLiaison
                {
                    PersonId = New(v, "A11", "|", $"{v.Name}党支部",
                    "党支部书记", 35, 58, "D03").Id,
                    Role = VillageLiaisonRole.Liaison, AppointedOn = new DateOnly(2018, 9, 1).AddDays(i % 500),
                    NodeId = v.Id, NodePath = v.NodePath
                });
            if (i % 13 != 7)
                db.VillageLiaisons.Add(new VillageLiaison
                {
                    PersonId = New(v, "A11", "|",
                    $"{v.Name}村（居）委会", "主任", 35, 58, "D04").Id,
                    Role = VillageLiaisonRole.Coordinator, AppointedOn = new DateOnly(2018, 9, 1).AddDays(i % 400),
                    NodeId = v.Id, NodePath = v.NodePath
                });
        }
        await db.SaveChangesAsync(ct);

        foreach (var p in await db.People.Where(p => p.Affiliation == "A09" && p.RecognisedOn == null).ToListAsync(ct))
            p.RecognisedOn = new DateOnly(2010 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28));

        // PPL-8, PPL-4, PPL-10: seats, reviews, friendships and suggestions among the register's people.
        var representatives = await db.People.Where(p => p.RepresentativeLevel != null
            && p.Tags == "演示数据" && p.Categories != "|")
            .OrderBy(p => p.NameKey).Take(60).ToListAsync(ct);
        foreach (var (p, i) in representatives.Select((p, i) => (p, i)))
        {
            var ends = i < 6 ? today.AddDays(20 + i * 25) : today.AddMonths(10 + i % 30);
            db.PoliticalArrangements.Add(new PoliticalArrangement
            {
                PersonId = p.Id, Chamber = i % 2 == 0 ? "政协" : "人大", Level = p.RepresentativeLevel!,
                Term = i % 2 == 0 ? "第十届" : "第十八届",
                Seat = i % 2 == 0 ? "委员" : "代表", ElectedOn = ends.AddYears(-5), TermEndsOn = ends,
                NodeId = p.NodeId, NodePath = p.NodePath,
            });
            for (var year = today.Year - 2; year < today.Year; year++)
                db.AnnualReviews.Add(new AnnualReview
                {
                    PersonId = p.Id, Year = year,
                    Result = AnnualReview.Results[(i + year) % 7 == 0 ? 2 : (i + year) % 3 == 0 ? 0 : 1],
                    NodeId = p.NodeId, NodePath = p.NodePath
                });
        }
        var leaders = await db.TownOfficers.Where(o => o.Role == TownOfficerRole.CommitteeMember)
            .Join(db.People, o => o.PersonId, p => p.Id, (o, p) => p).ToListAsync(ct);
        var friends = await db.People.Where(p => p.Tags == "演示数据" && p.Categories != "|"
            && p.Affiliation != "A11").OrderBy(p => p.Id).Take(80).ToListAsync(ct);
        var f = 0;
        foreach (var leader in leaders)
            foreach (var friend in friends.Where(x => x.NodePath.StartsWith(leader.NodePath)).Take(2))
            {
                var pair = new Friendship
                {
                    LeaderId = leader.Id, FriendId = friend.Id, Since = today.AddYears(-2),
                    NodeId = leader.NodeId, NodePath = leader.NodePath
                };
                db.Friendships.Add(pair);
                for (var c = 0; c < (f++ % 4); c++)
                    db.FriendshipContacts.Add(new FriendshipContact
                    {
                        FriendshipId = pair.Id,
                        Date = new DateOnly(today.Year, 1, 10).AddDays(c * 40 + f),
                        Form = FriendshipContact.Forms[c % 4], Topic = c % 2 == 0
                            ? "走访座谈，了解企业经营和诉求" : "谈心谈话，听取意见建议",
                        NodeId = leader.NodeId, NodePath = leader.NodePath
                    });
            }
        string[] titles = ["关于优化营商环境的建议", "关于加强石榴园景区保护的建议",
            "关于完善农村养老服务的建议", "关于发展特色农业的建议",
            "关于加强青少年心理健康教育的建议", "关于规范宗教活动场所消防安全的建议",
            "关于推动台资企业合作的建议", "关于加强社区治理的建议"];
        foreach (var (p, i) in friends.Take(40).Select((p, i) => (p, i)))
        {
            var handling = (SuggestionHandling)(i % 5 == 4 ? 0 : i % 4);
            db.Suggestions.Add(new Suggestion
            {
                PersonId = p.Id, Title = titles[i % titles.Length], Text = "（演示）"
                    + titles[i % titles.Length] + "，具体内容从略。",
                Date = today.AddDays(-10 - i * 9),
                Category = Suggestion.Categories[i % Suggestion.Categories.Length], Handling = handling,
                HandledOn = handling == SuggestionHandling.Pending ? null : today.AddDays(-5 - i * 9),
                HandlingNote = handling == SuggestionHandling.Pending ? null : "（演示）已按程序办理",
                NodeId = p.NodeId, NodePath = p.NodePath,
            });
        }
        // SEC-12: one past export of sensitive fields, approved by a second person and downloaded.
        db.ExportRequests.Add(new ExportRequest
        {
            RequestedBy = "staff", RequestedUtc = now.AddDays(-20), QueryJson = "{}",
            FilterText = "全部人员", Rows = 600,
            Purpose = "（演示）年度统战对象数据核对", Status = ExportRequestStatus.Downloaded,
            DecidedBy = "leader", DecidedUtc = now.AddDays(-20),
            DownloadedUtc = now.AddDays(-19), NodeId = county.Id, NodePath = county.NodePath,
        });

        // PPL-9: two proposals from town users waiting for the district (payload as SavePerson.Request, encrypted).
        foreach (var (town, i) in towns.Take(2).Select((t, i) => (t, i)))
        {
            var p = await db.People.Where(x => x.NodeId == town.Id && x.Tags == "演示数据" && x.Categories != "|")
                .OrderBy(x => x.NameKey).FirstAsync(ct);
            var payload = new
            {
                p.Name, p.Gender, p.BirthDate, IdNumber = (string?)null, Phone = (string?)null, p.Education,
                Employer = p.Employer + "（新单位）",
                Position = "副总经理", p.RepresentativeLevel,
                Categories = p.Categories.Split('|', StringSplitOptions.RemoveEmptyEntries),
                p.Tags, Notes = "（演示）工作单位变动，由镇街统战干事提交",
                NodeId = p.NodeId, p.Version,
            };
            db.PendingChanges.Add(new PendingChange
            {
                PersonId = p.Id, PersonName = p.Name,
                PayloadCipher = protector.Encrypt(JsonSerializer.Serialize(payload)), BaseVersion = p.Version,
                ProposedBy = $"town{i + 1}", ProposedUtc = now.AddDays(-1 - i),
                NodeId = p.NodeId, NodePath = p.NodePath,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
