using System.Text.Json.Serialization;
using Tongxin.Data.Entities;
using Tongxin.Domain.Duties;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Tests.Infrastructure;

// What the API answers, as the tests read it. Test-owned on purpose: several answers are anonymous objects in
// src, and a test that reads its own shape notices when the wire changes.

public sealed record Created(Guid Id);

public sealed record Page<T>(List<T> Items, int Total, [property: JsonPropertyName("page")] int Number, int PageSize);

public sealed record RegionDto(Guid Id, string Code, string Name, RegionLevel Level, Guid? ParentId, int ChildCount,
    long Version);

public sealed record PersonRow(Guid Id, string Name, Gender? Gender, int? Age, string NodeName, string Categories,
    string? Affiliation, string? Employer, string? Position, string? Level, string? IdMasked, string? PhoneMasked);

public sealed record PersonNames(string? Ethnicity, string? Religion, string? Affiliation, string? Education,
    string? Level, string Categories);

public sealed record PersonDto(Guid Id, string Name, Gender? Gender, DateOnly? BirthDate, string? Ethnicity,
    string? Religion, string? Affiliation, string? Education, string? Employer, string? Position,
    string? RepresentativeLevel, List<string> Categories, string? Tags, string? Notes, string? IdMasked,
    string? PhoneMasked, Guid NodeId, string NodeName, long Version, PersonNames Display, DateOnly? RecognisedOn);

public sealed record Revealed(string Field, string? Value);

public sealed record HistoryChange(string Field, string? Before, string? After);

public sealed record HistoryEntry(DateTime TimeUtc, string? UserName, string Event, List<HistoryChange> Changes,
    string? ProposedBy = null);

public sealed record AuditRow(long Seq, DateTime TimeUtc, string? UserName, string? Ip, string Event,
    string? ObjectType, string? ObjectId, string? NodePath, bool Success, string? Details);

public sealed record Decided(Guid PersonId);

/// <summary>The body of every approve/reject decision (export requests, pending changes).</summary>
public sealed record Decision(bool Approve, string? Reason = null);

/// <summary>A body that is only a reason (reopening an assessment).</summary>
public sealed record Reasoned(string? Reason);

public sealed record PageTotal(int Total);

public sealed record DictionaryEntry(string Code, string Name);

public sealed record PeopleDictionaries(Dictionary<string, List<DictionaryEntry>> Kinds);

// Duties (OBL): statuses are enum-typed, so they read the same as names or numbers.

public sealed record ComplianceRow(Guid RuleId, string Code, string Title, Guid SubjectId, string Subject,
    string NodePath, DutyStatus Status, int Done, int Required, int Missing, int WithoutEvidence,
    bool EvidenceRequired, int? DayOfMonth);

public sealed record ComplianceView(int Year, Page<ComplianceRow> Page);

public sealed record DutyReminders(int Year, int Behind, List<ComplianceRow> Top);

public sealed record DutyActivity(Guid Id, DateOnly Date, string Type, string Topic, bool Counted, string? Reason);

public sealed record RuleVersion(long Version);

public sealed record DutyRuleRow(Guid Id, string Code, string Title, bool Active, bool Editable, RuleVersion Rule);

// Activities

public sealed record ActivityFile(Guid Id, string FileName, long Size);

public sealed record ActivityDto(Guid Id, DateOnly Date, string Type, Guid? BodyId, Guid? PersonId, Guid? NodeId,
    string Topic, string? Minutes, Guid? MemberUnitId, string Owner, bool HasEvidence, long Version,
    List<ActivityFile> Files);

public sealed record ActivityRow(Guid Id, DateOnly Date, string Type, string Topic, string Owner, string NodeName,
    bool HasEvidence, int Attachments);

public sealed record FriendshipRow(Guid Id, Guid LeaderId, string Leader, Guid FriendId, string Friend,
    DateOnly Since, int ContactsThisYear);

// Bodies

public sealed record BodyRow(Guid Id, string Name, BodyType Type, string NodeName, string? ParentName,
    int MemberCount, int UnitCount);

public sealed record BodyDto(Guid Id, string Name, BodyType Type, Guid NodeId, string NodeName, Guid? ParentBodyId,
    string? ParentName, string? Description, long Version);

// Dashboard (RPT-1)

public sealed record DashboardLine(Guid Id, string Name, int Villages, int Bodies, int People);

public sealed record CategoryLine(string Code, string Name, int People);

public sealed record DashboardDto(int Towns, int Villages, int Bodies, int Documents, int AuthorizedPosts, int InPost,
    int People, RegionLevel? ChildLevel, List<DashboardLine> ByNode, List<CategoryLine> ByCategory)
{
    public int PeopleAt(Guid node) => ByNode.Single(n => n.Id == node).People;
    public int InCategory(string code) => ByCategory.Single(c => c.Code == code).People;
}

// Export approval (SEC-12), pending changes (PPL-9)

public sealed record ExportRequestRow(Guid Id, string RequestedBy, string Purpose, ExportRequestStatus Status,
    string? DecidedBy);

public sealed record PendingField(string Label, string? Current, string? Proposed, bool Changed);

public sealed record PendingChangeDto(Guid Id, Guid? PersonId, string PersonName, PendingStatus Status,
    string ProposedBy, string? DecidedBy, string? Reason, bool Outdated, List<PendingField> Fields);

public sealed record PendingChangeRow(Guid Id, Guid? PersonId, string PersonName, bool IsNew, PendingStatus Status);

// Accounts and roles (ACC, SEC-9)

public sealed record Me(string UserName, string? DisplayName, string NodePath, List<string> Roles,
    List<string> Permissions);

public sealed record RoleRow(string Name, string DisplayName, bool IsBuiltIn, bool IsAdminRole, int UserCount,
    List<string> Permissions);

public sealed record UserRow(string Id, string UserName, string DisplayName, Guid NodeId, string NodePath,
    string NodeName, List<string> Roles);

public sealed record DocumentRow(Guid Id, string? Number, string Title, string Issuer, DateOnly IssuedOn,
    DocumentStatus Status, string NodeName, bool Editable);

// Assessment (ASM): the scheme's status and the sheet's stage are enum-typed (names or numbers).

public sealed record SchemeInfo(Guid Id, int Year, string Title, SchemeStatus Status, string NodePath, long Version);

public sealed record SchemeTreeNode(int Depth, string? SourceName);

public sealed record SchemeDetail(SchemeInfo Scheme, string? DocumentNumber, int Total, List<string> Problems,
    List<SchemeTreeNode> Tree);

public sealed record SchemeRow(Guid Id, int Year, string Title, SchemeStatus Status, int Points, int Items,
    int Assessed, string NodePath, string? DocumentNumber);

public sealed record PublishedScheme(int Assessments);

public sealed record AssessmentRow(Guid Id, Guid SchemeId, string Scheme, string Node, AssessmentStage Stage,
    int SelfTotal, int Total, bool Frozen);

public sealed record ReviewerOption(string Id, string Name);

public sealed record SheetReviewer(string Name, int Total, int Own);

public sealed record SheetItem(Guid Id, string Title, string Category, int Points, string? Auto, int? AutoScore,
    string? AutoFacts, int? SelfScore, int? DistrictScore, int Final, string Basis, int ReviewersMissing);

public sealed record SheetDto(Guid Id, AssessmentStage Stage, long Version, string Town, int Year, string Scheme,
    int SelfTotal, int Total, List<SheetReviewer> Reviewers, List<SheetItem> Items, int AutoTotal = 0)
{
    public SheetItem Item(string title) => Items.Single(i => i.Title == title);
}

public sealed record LostItem(string Title, int Points, int Final);

public sealed record CategoryResult(string Title, int Points, int Score);

public sealed record ResultRow(Guid TownId, Guid AssessmentId, string Town, int Total, int Rank, bool Flagged,
    List<CategoryResult> Categories, List<LostItem> Lost, int? LastYear);

public sealed record ResultsDto(bool Preview, List<ResultRow> Rows, List<CategoryResult> Average, List<int> Years);
