namespace Tongxin.Data.Entities;

/// <summary>远期 / 阶段 / 年度 (PLN-1).</summary>
public enum GoalLevel
{
    LongTerm = 1,
    Stage = 2,
    Annual = 3,
}

/// <summary>
/// 规划 (PLN-1): a plan of a node over a span of years, e.g. 统战图谱、三年攻坚 2018–2020, with goals on three levels.
/// Plans, goals, projects and work lines are reference data: the towns below read them and own their tasks.
/// </summary>
public sealed class Plan : Entity, IRegionKeyed, IReferenceData
{
    public required string Title { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    /// <summary>The document that issued it (峰发〔2018〕31号), free text.</summary>
    public string? DocumentNo { get; set; }
    public string? Summary { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 目标 (PLN-1): a goal of a plan on one level; an annual goal names its year and may sit under a stage or long-term
/// goal (<see cref="ParentId"/>). Tasks break it down.
/// </summary>
public sealed class Goal : Entity, IRegionKeyed, IReferenceData
{
    public Guid PlanId { get; set; }
    public Guid? ParentId { get; set; }
    public GoalLevel Level { get; set; }
    /// <summary>The year of an annual goal; a stage goal may name the last year of its stage (2020 = 三年决战).</summary>
    public int? Year { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 工程 (PLN-3): a named project of a year with a fixed team (一个工程、一班人马、一抓到底), e.g. the 八项工程 of 2020.
/// </summary>
public sealed class Project : Entity, IRegionKeyed, IReferenceData
{
    public int Year { get; set; }
    public required string Name { get; set; }
    /// <summary>The field it belongs to (统战工作, 宗教事务 …).</summary>
    public string? Field { get; set; }
    /// <summary>牵头领导.</summary>
    public string? Leader { get; set; }
    public string? Summary { get; set; }
    public string? DocumentNo { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>ProjectTeam (PLN-3): one member of a project's fixed team.</summary>
public sealed class ProjectTeamMember : Entity, IRegionKeyed, IReferenceData
{
    public Guid ProjectId { get; set; }
    public required string Name { get; set; }
    /// <summary>组长 / 副组长 / 成员 / 联络员.</summary>
    public required string Role { get; set; }
    public string? Unit { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 分线作战 (PLN-4): a key work of a year assigned to a leader and units, with its own tasks (峰统发〔2019〕5号).
/// </summary>
public sealed class WorkLine : Entity, IRegionKeyed, IReferenceData
{
    public int Year { get; set; }
    public required string Name { get; set; }
    public required string Leader { get; set; }
    /// <summary>责任单位, separated by "、".</summary>
    public string Units { get; set; } = "";
    public string? DocumentNo { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
