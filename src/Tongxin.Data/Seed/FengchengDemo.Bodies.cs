namespace Tongxin.Data.Seed;

public static partial class FengchengDemo
{
    private static Body NewBody(string name, BodyType type, Region node, Body? parent = null,
        string? description = null) => new()
        {
            Name = name, Type = type, NodeId = node.Id, NodePath = node.NodePath, ParentBodyId = parent?.Id,
            Description = description,
        };

    private static List<Body> BuildBodies(Region county, List<Region> towns)
    {
        var committee = NewBody("中共峰城区委", BodyType.PartyCommittee, county);
        var standing = NewBody("区委常委会", BodyType.StandingCommittee, county, committee);
        var study = NewBody("区委理论学习中心组", BodyType.StudyGroup, county, committee);
        var school = NewBody("区委党校", BodyType.PartySchool, county, committee);
        var group = NewBody("区委统一战线工作领导小组", BodyType.LeadingGroup, county, committee,
            "“1+7”组织架构的“1”，统筹各领域统战工作机制");
        var groupOffice = NewBody("区委统一战线工作领导小组办公室", BodyType.WorkingOffice,
            county, group, "设在区委统战部");
        var ufwd = NewBody("区委统战部", BodyType.Department, county, committee,
            "对外保留区政府台湾事务办公室、区民族宗教事务局牌子，" +
            "加挂区政府侨务办公室牌子");
        var center = NewBody("区统战事务服务中心（区侨联联络中心）", BodyType.ServiceCenter,
            county, ufwd, "挂区侨联联络中心牌子");
        var list = new List<Body> { committee, standing, study, school, group, groupOffice, ufwd, center };
        string[] seven =
        [
            "台港澳侨工作领导小组", "宗教工作联席会议",
            "党外干部工作联席会议（组织部+统战部）",
            "新的社会阶层人士统战工作联席会议",
            "少数民族发展服务联动工作机制", "民营经济统战工作协调机制",
            "侨务工作协调机制",
        ];
        list.AddRange(seven.Select(n => NewBody(n, BodyType.JointMechanism, county,
            group, "“1+7”组织架构中的专项工作机制")));
        list.AddRange(new[] { "办公室", "调研室", "组织联络室",
            "民族宗教室", "台港澳侨室", "经济联络室" }
            .Select(n => NewBody(n, BodyType.InternalOffice, county, ufwd)));
        foreach (var town in towns)
        {
            var party = NewBody($"{town.Name}党（工）委", BodyType.PartyCommittee, town);
            list.Add(party);
            list.Add(NewBody($"{town.Name}统战办公室", BodyType.TownOffice, town, party,
                "统战、民宗、商会“三合一”，统战干事兼任办公室主任"));
        }
        AddMembers(group, ufwd);
        return list;
    }

    private static void AddMembers(Body group, Body ufwd)
    {
        (string Name, string Position, string Duty)[] members =
        [
            ("张立新（演示）", "区委书记", "组长"),
            ("王海燕（演示）", "区委副书记、区长", "副组长"),
            ("李卫东（演示）", "区委常委、统战部部长", "副组长"),
            ("赵建国（演示）", "区委组织部部长", "成员"),
            ("刘红梅（演示）", "区委宣传部部长", "成员"),
            ("陈志强（演示）", "区民族宗教事务局局长", "成员"),
        ];
        var i = 0;
        foreach (var (name, position, duty) in members)
            group.Members.Add(new BodyMember
            {
                PersonName = name, Position = position, Duty = duty, SortOrder = ++i, NodeId = group.NodeId,
                NodePath = group.NodePath,
            });
        string[] units = ["区委组织部", "区委宣传部", "区委政法委", "区发展和改革局",
            "区教育和体育局", "区民政局", "区工商联", "区侨联"];
        foreach (var u in units)
            group.MemberUnits.Add(new MemberUnit
            {
                UnitName = u,
                Duties = "按《成员职责》履行本单位统战工作职责", NodeId = group.NodeId,
                NodePath = group.NodePath
            });
        ufwd.Members.Add(new BodyMember
        {
            PersonName = "李卫东（演示）", Position = "部长", Duty = "部长",
            SortOrder = 1, NodeId = ufwd.NodeId, NodePath = ufwd.NodePath
        });
    }

    private static List<Post> BuildPosts(List<Body> bodies)
    {
        var ufwd = bodies.Single(b => b.Name == "区委统战部");
        var center = bodies.Single(b => b.Type == BodyType.ServiceCenter);
        var admin = new Post
        {
            BodyId = ufwd.Id, Kind = "行政编制", Authorized = 11, NodeId = ufwd.NodeId,
            NodePath = ufwd.NodePath
        };
        var career = new Post
        {
            BodyId = center.Id, Kind = "事业编制", Authorized = 12, NodeId = center.NodeId,
            NodePath = center.NodePath
        };
        string[] adminPeople = ["李卫东", "孙丽", "周强", "吴敏", "郑浩",
            "王芳", "冯磊", "陈静", "褚明", "卫华"];
        string[] careerPeople = ["蒋涛", "沈洁", "韩冰", "杨帆", "朱琳",
            "秦勇", "尤佳", "许诺", "何平", "吕晨"];
        admin.Allocations.AddRange(adminPeople.Select((n, i) => Allocation(admin, n + "（演示）",
            i == 0 ? "部长" : "干部", 2019)));
        career.Allocations.AddRange(careerPeople.Select((n, i) => Allocation(career, n + "（演示）",
            i == 0 ? "主任" : "工作人员", 2019)));
        var posts = new List<Post> { admin, career };
        foreach (var office in bodies.Where(b => b.Type == BodyType.TownOffice))
        {
            var p = new Post
            {
                BodyId = office.Id, Kind = "行政编制", Authorized = 3, NodeId = office.NodeId,
                NodePath = office.NodePath
            };
            p.Allocations.Add(Allocation(p, "统战干事（演示）", "统战干事", 2020));
            posts.Add(p);
        }
        return posts;
    }

    private static PostAllocation Allocation(Post post, string name, string title, int year) => new()
    {
        PostId = post.Id, PersonName = name, Title = title, Since = new DateOnly(year, 1, 1), NodeId = post.NodeId,
        NodePath = post.NodePath,
    };
}
