using Tongxin.Domain.People;
using Tongxin.Domain.Text;

namespace Tongxin.Data.Entities;

/// <summary>
/// 统战对象 / 代表人士 (PPL-1). ID and phone numbers only as ciphertext, blind index and masked form
/// (SEC-23/24); categories, ethnicity, religion, affiliation and education are dictionary codes (PPL-2).
/// </summary>
public sealed class Person : Entity, IRegionKeyed, IHasDerivedFields
{
    public required string Name { get; set; }
    /// <summary>The name's search key (<see cref="Domain.Text.NameKey"/>), derived from <see cref="Name"/>.</summary>
    public string NameKey { get; set; } = "";
    /// <summary>Pinyin initials of the name (PPL-6), derived from <see cref="Name"/>.</summary>
    public string? NameInitials { get; set; }
    public Gender? Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Ethnicity { get; set; }
    public string? Religion { get; set; }
    public string? Affiliation { get; set; }
    public string? Education { get; set; }
    public string? Employer { get; set; }
    public string? Position { get; set; }
    public string? RepresentativeLevel { get; set; }
    /// <summary>认定时间 for 无党派人士 (PPL-8).</summary>
    public DateOnly? RecognisedOn { get; set; }

    /// <summary>Category codes wrapped in bars, "|C01|C05|", so one LIKE finds a category.</summary>
    public string Categories { get; set; } = "|";
    public string? Tags { get; set; }
    public string? Notes { get; set; }
    public string? IdCipher { get; set; }
    public string? IdIndex { get; set; }
    public string? IdMasked { get; set; }
    public string? PhoneCipher { get; set; }
    public string? PhoneIndex { get; set; }
    public string? PhoneMasked { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public void Derive()
    {
        NameKey = Domain.Text.NameKey.Of(Name);
        NameInitials = PinyinInitials.Of(Name);
    }
}

/// <summary>字典: categories, ethnicities, religions, affiliations, education levels — data, not code.</summary>
public sealed class DictionaryItem
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }

    /// <summary>
    /// The item reveals a sensitive attribute (a category such as 少数民族人士 tells the ethnicity): shown and
    /// filtered by only with "view sensitive", like ethnicity, religion and affiliation (ACC-4, SEC-24).
    /// </summary>
    public bool Sensitive { get; set; }
}
