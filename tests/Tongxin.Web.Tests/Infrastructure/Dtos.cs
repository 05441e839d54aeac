using System.Text.Json.Serialization;
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

public sealed record HistoryEntry(DateTime TimeUtc, string? UserName, string Event, List<HistoryChange> Changes);

public sealed record AuditRow(long Seq, DateTime TimeUtc, string? UserName, string? Ip, string Event,
    string? ObjectType, string? ObjectId, string? NodePath, bool Success, string? Details);

public sealed record Decided(Guid PersonId);

public sealed record PageTotal(int Total);

public sealed record DictionaryEntry(string Code, string Name);

public sealed record PeopleDictionaries(Dictionary<string, List<DictionaryEntry>> Kinds);
