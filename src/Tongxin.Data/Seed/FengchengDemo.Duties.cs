using Tongxin.Domain.Regions;

namespace Tongxin.Data.Seed;

/// <summary>
/// Duty rules R1–R12 from the seed and activities for 2018–2020 and the current year. Figures follow the seed:
/// since 2018 the 区委常委会 and the 领导小组 heard united-front and religious-work reports 17 times, leaders
/// gave 24 批示. The current year leaves some duties behind so the compliance views have something to show. All made
/// up.
/// </summary>
public static partial class FengchengDemo
{
    public static async Task LoadDutiesAsync(TongxinDb db, string uploadsPath, DateOnly today,
        CancellationToken ct = default)
    {
        if (await db.DutyRules.AnyAsync(ct) || !await db.Bodies.AnyAsync(ct)) return;
        var regions = await db.Regions.Where(r => r.Level >= RegionLevel.County).OrderBy(r => r.Code).ToListAsync(ct);
        var county = regions.First(r => r.Level == RegionLevel.County);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        var villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        var bodies = await db.Bodies.ToListAsync(ct);
        Body B(string name) => bodies.Single(b => b.Name == name);
        var doc = await db.Documents.Where(d => d.Number == "峰发〔2018〕31号").Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(ct);
        var religionDoc = await db.Documents.Where(d => d.Number == "峰统组发〔2020〕1号")
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);

        DutyRule Rule(string code, string title, DutySubjectKind kind, string types, int min, bool evidence = true,
            Body? body = null, BodyType? type = null, int? level = null, int? day = null, Guid? document = null,
            string? clause = null, Region? node = null) => new()
            {
                Code = code, Title = title, SubjectKind = kind, SubjectBodyId = body?.Id, SubjectBodyType = type,
                SubjectLevel = level, ActivityTypes = types,
                Minimum = min, DayOfMonth = day, EvidenceRequired = evidence, DocumentId = document, Clause = clause,
                NodeId = (node ?? county).Id, NodePath = (node ?? county).NodePath,
            };
        const string meeting = "|T01|", report = "|T02|", study = "|T03|", teach = "|T04|",
            forum = "|T05|", friends = "|T06|";
        var rules = new List<DutyRule>
        {
            Rule("R1", "各级党委（党组）每年至少听取 1 次统一战线工作汇报",
                DutySubjectKind.BodyType, report, 1, type: BodyType.PartyCommittee,
                document: doc, clause: "第二部分"),
            Rule("R2", "党员领导干部联谊交友活动每年不少于 2 次", DutySubjectKind.FriendshipLeader,
                friends, 2, evidence: false, document: doc, clause: "第五部分"),
            Rule("R3", "非公有制经济代表人士座谈会每年召开 2 次", DutySubjectKind.Body, forum, 2,
                body: B("区委统战部"), document: doc, clause: "第六部分"),
            Rule("R4", "区委常委会每年听取宗教工作汇报、研究宗教工作不少于 2 次",
                DutySubjectKind.Body, report, 2, body: B("区委常委会"), document: religionDoc),
            Rule("R5", "区委理论中心组每年学习宗教政策法规不少于 2 次", DutySubjectKind.Body,
                study, 2, body: B("区委理论学习中心组"), document: religionDoc),
            Rule("R6", "区委统一战线工作领导小组成员会议每年研究部署宗教工作不少于 3 次",
                DutySubjectKind.Body, "|T01|T02|", 3,
                body: B("区委统一战线工作领导小组"), document: religionDoc),
            Rule("R7", "区宗教工作联席会议每年研究部署专题工作不少于 3 次", DutySubjectKind.Body,
                meeting, 3, body: B("宗教工作联席会议"), document: religionDoc),
            Rule("R8", "区委党校每年安排宗教理论政策法规主体授课不少于 3 个班次",
                DutySubjectKind.Body, teach, 3, body: B("区委党校"), document: religionDoc),
            Rule("R9", "每年举办统战干部宗教政策法规专题培训班 1 期", DutySubjectKind.Body, teach,
                1, body: B("区委统战部"), document: religionDoc),
            Rule("R10",
                "每个党支部每年在“28日党员活动日”集中学习宗教政策法规不少于 2 次",
                DutySubjectKind.NodeLevel, study, 2, evidence: false,
                level: (int)RegionLevel.Village, day: 28, document: religionDoc),
            Rule("R11", "统一战线工作纳入领导班子年度述职", DutySubjectKind.BodyType, "|T09|", 1,
                type: BodyType.PartyCommittee, document: doc),
            Rule("R12", "“1+7”各专项机制每年印发年度工作要点和重点任务清单",
                DutySubjectKind.BodyType, "|T10|", 1, type: BodyType.JointMechanism, document: doc),
            Rule("R12b", "“1+7”各专项机制每年召开协调会议", DutySubjectKind.BodyType, meeting, 1,
                type: BodyType.JointMechanism, document: doc),
            Rule("U1",
                "领导小组各成员单位每年至少专题研究部署本单位统战工作 1 次" +
                "（演示：成员单位职责）",
                DutySubjectKind.MemberUnit, "|T01|T03|", 1,
                body: B("区委统一战线工作领导小组"), document: doc, clause: "成员职责"),
            Rule("WL1", "吴林街道每季度召开商会会员座谈会（演示：镇街自定任务）",
                DutySubjectKind.Body, forum, 4, body: B("吴林街道统战办公室"), node: towns[1]),
        };
        db.DutyRules.AddRange(rules);

        var random = new Random(2018);
        var activities = new List<Activity>();
        void Add(DateOnly date, string type, string topic, Body? body = null, Region? node = null, bool minutes = true)
        {
            var at = node ?? (body is null ? county : regions.First(r => r.Id == body.NodeId));
            activities.Add(new Activity
            {
                Date = date, Type = type, BodyId = body?.Id, Topic = topic,
                Minutes = minutes ? $"（演示）{topic}会议纪要" : null, HasEvidence = minutes,
                NodeId = at.Id, NodePath = at.NodePath,
            });
        }
        DateOnly On(int year, int month, int day = 0) => new(year, month, day == 0 ? 5 + random.Next(20) : day);
        var years = new[] { 2018, 2019, 2020, today.Year };
        // 常委会, 领导小组 → 17 reports heard over 2018–2020
        string[] reportsPerYear = ["3,3", "3,3", "3,2"];
        foreach (var year in years)
        {
            var current = year == today.Year;
            var reports = current ? [2, 2] : reportsPerYear[year - 2018].Split(',').Select(int.Parse).ToArray();
            for (var i = 0; i < reports[0]; i++)
                Add(On(year, 2 + i * 3), "T02", "听取全区统战及宗教工作情况汇报", B("区委常委会"));
            for (var i = 0; i < reports[1]; i++)
                Add(On(year, 3 + i * 3), "T02",
                "听取宗教工作专题汇报、研究部署宗教工作", B("区委统一战线工作领导小组"));
            if (!current) for (var i = 0; i < 8; i++) Add(On(year, 1 + i), "T08",
                "区委主要领导对统战工作作出批示", B("中共峰城区委"));
            Add(On(year, 4), "T02", "区委听取统一战线工作汇报", B("中共峰城区委"));
            foreach (var (town, t) in towns.Select((x, i) => (x, i)))
            {
                var party = bodies.Single(b => b.NodeId == town.Id && b.Type == BodyType.PartyCommittee);
                if (!current || t % 4 != 3)
                    Add(On(year, 5 + t % 6), "T02", $"{town.Name}党（工）委听取统战工作汇报", party);
                if (!current) Add(On(year, 1, 15), "T09", "领导班子年度述职（含统一战线工作）", party);
            }
            if (!current) Add(On(year, 1, 20), "T09",
                "区委领导班子年度述职（含统一战线工作）", B("中共峰城区委"));
            for (var i = 0; i < 2; i++)
                Add(On(year, 4 + i * 5), "T05", "非公有制经济代表人士座谈会", B("区委统战部"));
            for (var i = 0; i < 2; i++)
                Add(On(year, 3 + i * 4), "T03", "学习宗教政策法规", B("区委理论学习中心组"));
            Add(On(year, 9), "T01", "领导小组成员会议研究部署宗教工作",
                B("区委统一战线工作领导小组"));
            var joint = current ? 1 : 3;
            for (var i = 0; i < joint; i++)
                Add(On(year, 2 + i * 3), "T01",
                "宗教工作联席会议研究部署专题工作", B("宗教工作联席会议"));
            if (current) Add(On(year, 8), "T01", "宗教工作联席会议（纪要未上传）",
                B("宗教工作联席会议"), minutes: false);
            for (var i = 0; i < (current ? 2 : 3); i++)
                Add(On(year, 3 + i * 3), "T04", "宗教理论政策法规主体班授课", B("区委党校"));
            Add(On(year, 6), "T04", "统战干部宗教政策法规专题培训班", B("区委统战部"));
            foreach (var mechanism in bodies.Where(b => b.Type == BodyType.JointMechanism))
            {
                Add(On(year, 2), "T10", $"{mechanism.Name}印发年度工作要点和重点任务清单", mechanism);
                // its meetings are counted above
                if (mechanism.Name != "宗教工作联席会议")
                    Add(On(year, 10), "T01", $"{mechanism.Name}召开协调会议", mechanism);
            }
            foreach (var (v, i) in villages.Select((x, i) => (x, i)))
            {
                var sessions = current && i % 9 == 4 ? 1 : current && i % 23 == 11 ? 0 : 2;
                for (var k = 0; k < sessions; k++)
                    Add(new DateOnly(year, 3 + k * 4, 28), "T03",
                    "“28日党员活动日”集中学习宗教政策法规", node: v, minutes: k == 0);
                if (current && i % 9 == 4)
                    Add(new DateOnly(year, 9, 27), "T03", "党员学习（非28日，不计入）", node: v);
            }
            foreach (var q in Enumerable.Range(0, current ? 3 : 4))
                Add(On(year, 1 + q * 3), "T05", "商会会员座谈会", B("吴林街道统战办公室"));
        }
        // Member units study their united-front duties once a year; two have not yet this year (U1 behind).
        var units = await db.MemberUnits.OrderBy(u => u.UnitName).ToListAsync(ct);
        foreach (var year in years)
            foreach (var u in units.Where(u => year != today.Year
                || u.UnitName is not ("区教育和体育局" or "区侨联")))
                activities.Add(new Activity
                {
                    Date = On(year, 5), Type = "T01", MemberUnitId = u.Id,
                    Topic = $"{u.UnitName}专题研究本单位统战工作", Minutes = "（演示）会议纪要",
                    HasEvidence = true, NodeId = u.NodeId, NodePath = u.NodePath,
                });
        foreach (var a in activities.Where(a => a.Date > today)) a.Date = today.AddDays(-random.Next(1, 20));
        db.Activities.AddRange(activities);

        // Two demo attachments (a county meeting and a town one), stored as files like any upload.
        Directory.CreateDirectory(uploadsPath);
        foreach (var a in new[] { activities.First(a => a.BodyId == B("区委常委会").Id),
            activities.First(a => a.BodyId == B("吴林街道统战办公室").Id) })
        {
            var stored = Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(Path.Combine(uploadsPath, stored),
                "%PDF-1.4\n% demo minutes\n%%EOF\n"u8.ToArray(), ct);
            db.ActivityAttachments.Add(new ActivityAttachment
            {
                ActivityId = a.Id,
                FileName = "会议纪要（演示）.pdf", StoredName = stored, ContentType = "application/pdf",
                Size = 30, NodeId = a.NodeId, NodePath = a.NodePath
            });
            a.AttachmentCount = 1;
            a.HasEvidence = true;
        }
        await db.SaveChangesAsync(ct);
    }
}
