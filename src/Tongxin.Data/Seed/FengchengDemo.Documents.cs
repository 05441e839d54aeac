namespace Tongxin.Data.Seed;

public static partial class FengchengDemo
{
    private static List<Document> BuildDocuments(Region county, List<Region> towns, List<Body> bodies)
    {
        var committee = bodies.Single(b => b.Name == "中共峰城区委");
        var group = bodies.Single(b => b.Type == BodyType.LeadingGroup);
        var ufwd = bodies.Single(b => b.Name == "区委统战部");
        Document Doc(string? number, string title, string issuer, Body body, DateOnly date,
            string? summary = null) => new()
            {
                Number = number, Title = title, Issuer = issuer, BodyId = body.Id, IssuedOn = date, Summary = summary,
                NodeId = county.Id, NodePath = county.NodePath,
            };
        var list = new List<Document>
        {
            Doc("峰发〔2018〕31号", "关于加强和改进新形势下统一战线工作的意见",
                "中共峰城区委", committee, new(2018, 11, 30), "共9个方面、34项内容"),
            Doc(null, "区委统一战线工作领导小组工作规则", "区委统一战线工作领导小组",
                group, new(2018, 6, 22)),
            Doc(null, "区委统一战线工作领导小组成员职责", "区委统一战线工作领导小组",
                group, new(2018, 6, 22)),
            Doc(null, "区委统一战线工作领导小组办公机构工作细则",
                "区委统一战线工作领导小组", group, new(2018, 6, 22)),
            Doc("峰统组发〔2019〕7号", "关于进一步加强统战工作“双基双员”建设的意见",
                "区委统一战线工作领导小组", group, new(2019, 8, 28)),
            Doc("峯统发〔2019〕13号", "峯城区统战工作“双基双员”建设考核办法",
                "区委统战部", ufwd, new(2019, 9, 1), "六项内容百分考核（印发日期为演示）"),
            Doc("峰统发〔2019〕5号",
                "关于开展“创新提升落实年”活动对重点工作实行分线作战的意见",
                "区委统战部", ufwd, new(2019, 3, 1), "六项重点工作分线作战（印发日期为演示）"),
            Doc("峰统发〔2020〕4号",
                "关于对2020年度“八项工程”重点工作实行分线作战分线落实的通知",
                "区委统战部", ufwd, new(2020, 3, 1), "印发日期为演示"),
            Doc("峰统组发〔2020〕1号", "关于开展宗教工作“五化提升年”活动的意见",
                "区委统一战线工作领导小组", group, new(2020, 2, 1), "印发日期为演示"),
        };
        var n = 0;
        foreach (var town in towns)
        {
            var party = bodies.Single(b => b.NodeId == town.Id && b.Type == BodyType.PartyCommittee);
            list.Add(new Document
            {
                Number = $"{town.Name[..2]}统发〔2020〕{++n}号",
                Title = $"{town.Name}2020年统战工作要点（演示）", Issuer = party.Name,
                BodyId = party.Id, IssuedOn = new DateOnly(2020, 3, 10), NodeId = town.Id, NodePath = town.NodePath,
            });
        }
        return list;
    }
}
