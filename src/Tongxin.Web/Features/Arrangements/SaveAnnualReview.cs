using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Arrangements;

/// <summary>年度考察 (PPL-8): one review per person and year; the year cannot be in the future.</summary>
public sealed class SaveAnnualReview(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(Guid? PersonId, int Year, string? Result, string? Notes);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var thisYear = clock.GetUtcNow().Year;
        var check = new Check().That(r.Year >= 2000 && r.Year <= thisYear, nameof(r.Year),
            Loc.T($"考察年度应在 2000–{thisYear} 之间",
                $"The review year must be between 2000 and {thisYear}"))
            .That(AnnualReview.Results.Contains(r.Result), nameof(r.Result),
                Loc.T("请选择考察结果", "Choose a review result"))
                .Optional(nameof(r.Notes), Loc.T("考察意见", "Review comments"), r.Notes, 500);
        var person = await db.FindAsync(r.PersonId, check, nameof(r.PersonId), ct);
        if (person is not null)
            check.That(!await db.AnnualReviews.AnyAsync(a => a.PersonId == person.Id && a.Year == r.Year, ct),
                nameof(r.Year), Loc.T($"{person.Name} {r.Year} 年度已有考察记录",
                $"{person.Name} already has a review for {r.Year}"));
        check.ThrowIfAny();
        var review = db.AnnualReviews.Add(new AnnualReview
        {
            PersonId = person!.Id, Year = r.Year, Result = r.Result!, Notes = Check.Clean(r.Notes),
            NodeId = person.NodeId, NodePath = person.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return review.Id;
    }
}
