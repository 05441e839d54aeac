using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.People;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// The import template (PPL-5): Chinese headers, one example row, and the dictionary names to choose from.
/// </summary>
public static class PeopleTemplate
{
    public const string Name = "姓名";
    public const string Gender = "性别";
    public const string BirthDate = "出生日期";
    public const string IdNumber = "身份证号码";
    public const string Phone = "电话";
    public const string Ethnicity = "民族";
    public const string Religion = "宗教信仰";
    public const string Affiliation = "政治面貌";
    public const string Education = "学历";
    public const string Employer = "工作单位";
    public const string Position = "职务";
    public const string Level = "代表人士层级";
    public const string Categories = "统战对象类别";
    public const string NodeCode = "所属节点代码";
    public const string Tags = "标签";
    public const string Notes = "备注";

    public static readonly string[] Headers =
    [
        Name, Gender, BirthDate, IdNumber, Phone, Ethnicity, Religion, Affiliation, Education, Employer, Position,
        Level, Categories, NodeCode, Tags, Notes
    ];

    public static readonly string[] Required = [Name, Categories, NodeCode];

    /// <summary>Which column a validation error of the save belongs to.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "Name" => Name,
        "Gender" => Gender,
        "BirthDate" => BirthDate,
        "IdNumber" => IdNumber,
        "Phone" => Phone,
        "Ethnicity" => Ethnicity,
        "Religion" => Religion,
        "Affiliation" => Affiliation,
        "Education" => Education,
        "Employer" => Employer,
        "Position" => Position,
        "RepresentativeLevel" => Level,
        "Categories" => Categories,
        "NodeId" => NodeCode,
        "Tags" => Tags,
        "Notes" => Notes,
        _ => field,
    };

    /// <summary>The template column a dictionary's names are typed into.</summary>
    public static string ColumnOfDictionary(string kind) => kind switch
    {
        Dictionaries.Category => Categories,
        Dictionaries.Ethnicity => Ethnicity,
        Dictionaries.Religion => Religion,
        Dictionaries.Affiliation => Affiliation,
        Dictionaries.Education => Education,
        Dictionaries.Level => Level,
        _ => kind,
    };

    public static byte[] Build(PeopleDictionary.Result dict)
    {
        using var stream = new MemoryStream();
        var example = new Dictionary<string, object?>
        {
            [Name] = "张三（示例，导入前请删除本行）", [Gender] = "男", [BirthDate] = "1980-05-01",
            [IdNumber] = "", [Phone] = "13800000000", [Ethnicity] = "汉族", [Religion] = "无宗教信仰",
            [Affiliation] = "无党派人士", [Education] = "大学本科", [Employer] = "某某公司",
            [Position] = "总经理", [Level] = "区级", [Categories] = "无党派人士、非公有制经济人士",
            [NodeCode] = "370404001", [Tags] = "", [Notes] = "",
        };
        var choices = new[]
            {
                Dictionaries.Category, Dictionaries.Ethnicity, Dictionaries.Religion, Dictionaries.Affiliation,
                Dictionaries.Education, Dictionaries.Level
            }
            .ToDictionary(k => k, k => string.Join("、", dict.Of(k).Select(i => i.Name)));
        // The help sheet names each list by the column it fills, not by its code (person-category).
        var help = choices.Select(c => new Dictionary<string, object?>
        {
            ["填写列"] = ColumnOfDictionary(c.Key), ["可选值"] = c.Value,
        }).ToList();
        var sheets = new Dictionary<string, object> { ["人员"] = new[] { example }, ["填写说明"] = help };
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }
}
