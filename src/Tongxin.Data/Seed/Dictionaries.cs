namespace Tongxin.Data.Seed;

/// <summary>
/// Dictionary data every deployment starts with (PPL-1, PPL-2); a deployment may add or rename items.
/// </summary>
public static class Dictionaries
{
    public const string Category = "person-category";
    public const string Ethnicity = "ethnicity";
    public const string Religion = "religion";
    public const string Affiliation = "affiliation";
    public const string Education = "education";
    public const string Level = "representative-level";
    public const string ActivityType = "activity-type";

    /// <summary>Activity types (OBL-1); codes T01… are what duty rules count.</summary>
    public static readonly string[] ActivityTypes = ["会议", "听取汇报", "学习", "授课/培训班",
        "座谈会", "联谊交友", "调研督查", "批示", "述职", "工作要点/任务清单",
        // LIA-3: a 同心联盟 joint activity (联镇结村, 三联三访), counted like any activity.
        "三联三访"];

    public static readonly string[] Categories =
    [
        "民主党派成员", "无党派人士", "党外知识分子", "少数民族人士",
        "宗教界人士", "非公有制经济人士", "新的社会阶层人士",
        "出国和归国留学人员", "香港同胞、澳门同胞", "台湾同胞及其在大陆的亲属",
        "华侨、归侨及侨眷", "其他需要联系和团结的人员",
    ];

    /// <summary>Categories that reveal ethnicity, religion or affiliation (SEC-24); marked <c>Sensitive</c>.</summary>
    public static readonly string[] SensitiveCategories = ["民主党派成员", "少数民族人士", "宗教界人士"];

    public static readonly string[] Ethnicities =
    [
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族",
        "朝鲜族", "满族", "侗族", "瑶族", "白族",
        "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族",
        "拉祜族", "水族", "东乡族", "纳西族",
        "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
        "毛南族", "仡佬族", "锡伯族", "阿昌族",
        "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
        "保安族", "裕固族", "京族", "塔塔尔族",
        "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    ];

    public static readonly string[] Religions = ["无宗教信仰", "佛教",
        "道教", "伊斯兰教", "天主教", "基督教"];
    public static readonly string[] Affiliations =
        ["中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会",
            "中国农工民主党", "中国致公党", "九三学社",
            "台湾民主自治同盟", "无党派人士", "群众", "中共党员"];
    public static readonly string[] Educations = ["研究生", "大学本科",
        "大学专科", "高中/中专", "初中及以下"];
    public static readonly string[] Levels = ["区级", "市级", "省级", "全国"];

    public static async Task EnsureAsync(TongxinDb db, CancellationToken ct = default)
    {
        if (await db.DictionaryItems.AnyAsync(ct))
        {
            // Activity types added after the first release (the kind itself, then 三联三访) come once.
            var have = await db.DictionaryItems.Where(i => i.Kind == ActivityType).Select(i => i.Code)
                .ToListAsync(ct);
            Add(db, ActivityType, "T", ActivityTypes, have);
            if (have.Count < ActivityTypes.Length) await db.SaveChangesAsync(ct);
            return;
        }
        Add(db, ActivityType, "T", ActivityTypes);
        Add(db, Category, "C", Categories);
        Add(db, Ethnicity, "E", Ethnicities);
        Add(db, Religion, "R", Religions);
        Add(db, Affiliation, "A", Affiliations);
        Add(db, Education, "D", Educations);
        Add(db, Level, "L", Levels);
        await db.SaveChangesAsync(ct);
    }

    private static void Add(TongxinDb db, string kind, string prefix, string[] names,
        IReadOnlyCollection<string>? skip = null)
    {
        for (var i = 0; i < names.Length; i++)
            if (skip?.Contains($"{prefix}{i + 1:00}") != true)
                db.DictionaryItems.Add(new DictionaryItem
                {
                    Kind = kind, Code = $"{prefix}{i + 1:00}",
                    Name = names[i], SortOrder = i + 1,
                    Sensitive = kind == Category && SensitiveCategories.Contains(names[i]),
                });
    }
}
