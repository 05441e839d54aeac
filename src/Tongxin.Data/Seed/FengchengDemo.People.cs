using Tongxin.Data.Protection;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;
using Tongxin.Domain.Text;

namespace Tongxin.Data.Seed;

/// <summary>400 made-up people (labelled 演示) over the county, towns and villages and the 12 categories.</summary>
public static partial class FengchengDemo
{
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐" +
        "许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈" +
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹" +
        "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static readonly string[] Given = ["建国", "秀英", "志强", "丽娟", "海燕", "明", "静", "伟",
        "芳", "磊", "洋", "艳", "勇", "军", "杰", "娜", "涛", "超", "敏", "霞", "平", "刚", "桂英",
        "晓东", "红梅", "立新", "文华", "春生", "玉兰", "国强"];
    private static readonly string[] Employers = ["峰城区人民医院", "峰城区第一中学", "枣庄学院",
        "石榴园文化旅游公司", "峰城区律师事务所", "坛山商会", "榴园食品有限公司",
        "底阁建材有限公司", "吴林社区卫生服务中心", "区工商联"];

    public static async Task<int> LoadPeopleAsync(TongxinDb db, FieldProtector protector,
        CancellationToken ct = default)
    {
        if (await db.People.AnyAsync(ct)) return 0;
        var nodes = await db.Regions.Where(r => r.Level >= RegionLevel.County).OrderBy(r => r.Code).ToListAsync(ct);
        var random = new Random(2020);
        var people = new List<Person>();
        for (var i = 0; i < 400; i++)
        {
            var node = nodes[random.Next(nodes.Count)];
            var gender = random.Next(2) == 0 ? Gender.Male : Gender.Female;
            var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(18_000));
            var seq = (random.Next(10, 99) * 10 + (gender == Gender.Male ? 1 : 2)).ToString("000");
            var first17 = CountyCode + birth.ToString("yyyyMMdd") + seq;
            var id = first17 + IdNumber.CheckCharFor(first17);
            var phone = "13" + random.Next(0, 10) + random.Next(10_000_000, 99_999_999);
            var category = 1 + i % 12;
            var extra = random.Next(4) == 0 ? 1 + random.Next(12) : category;
            var name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
            people.Add(new Person
            {
                Name = name, Gender = gender, BirthDate = birth,
                Ethnicity = category == 4 ? $"E{2 + random.Next(10):00}" : "E01",
                Religion = category == 5 ? $"R{2 + random.Next(5):00}" : "R01",
                Affiliation = category == 1 ? $"A{1 + random.Next(8):00}" : category == 2 ? "A09" : "A10",
                Education = $"D{1 + random.Next(4):00}",
                Employer = Employers[random.Next(Employers.Length)], Position = "（演示）",
                RepresentativeLevel = random.Next(3) == 0 ? "L01" : random.Next(6) == 0 ? "L02" : null,
                Categories = extra == category ? $"|C{category:00}|" : $"|C{category:00}|C{extra:00}|",
                Tags = "演示数据", IdCipher = protector.Encrypt(id), IdIndex = protector.Index(id),
                IdMasked = Mask.IdNumber(id),
                PhoneCipher = protector.Encrypt(phone), PhoneIndex = protector.Index(phone),
                PhoneMasked = Mask.Phone(phone),
                NodeId = node.Id, NodePath = node.NodePath,
            });
        }
        db.People.AddRange(people);
        await db.SaveChangesAsync(ct);
        return people.Count;
    }
}
