namespace Tongxin.Data.Entities;

/// <summary>
/// 政治安排 (PPL-8): a seat in 人大 or 政协 with level, 届次, 当选时间 and 到届时间.
/// </summary>
public sealed class PoliticalArrangement : Entity, INodeScoped
{
    public Guid PersonId { get; set; }
    /// <summary>One of <see cref="Chambers"/>.</summary>
    public required string Chamber { get; set; }
    /// <summary>Representative-level dictionary code (区级, 市级, 省级, 全国).</summary>
    public required string Level { get; set; }
    /// <summary>届次, e.g. 第十八届.</summary>
    public required string Term { get; set; }
    /// <summary>代表, 委员, 常委 ….</summary>
    public string? Seat { get; set; }
    public DateOnly ElectedOn { get; set; }
    public DateOnly TermEndsOn { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Chambers = ["人大", "政协"];
}

/// <summary>年度考察 (PPL-8): one review per representative and year.</summary>
public sealed class AnnualReview : Entity, INodeScoped
{
    public Guid PersonId { get; set; }
    public int Year { get; set; }
    /// <summary>One of <see cref="Results"/>.</summary>
    public required string Result { get; set; }
    public string? Notes { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Results = ["优秀", "称职", "基本称职", "不称职"];
}
