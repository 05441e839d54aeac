using System.Globalization;

namespace Tongxin.Domain.Assessment;

/// <summary>Scores are stored as integer tenths of a point (92.5 → 925), so sums and means never drift.</summary>
public static class Points
{
    public const int Full = 1000;

    public static string Format(int tenths) => (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Format(int? tenths) => tenths is { } t ? Format(t) : "—";

    /// <summary>Parses "12", "12.5" into tenths; more than one decimal, or not a number, is null.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return null;
        var tenths = value * 10;
        return tenths == decimal.Truncate(tenths) && Math.Abs(tenths) <= int.MaxValue ? (int)tenths : null;
    }

    /// <summary>
    /// The mean of scores in tenths, rounded half away from zero to the nearest tenth (integer arithmetic).
    /// </summary>
    public static int Mean(IReadOnlyCollection<int> scores)
    {
        if (scores.Count == 0) throw new ArgumentException("no scores", nameof(scores));
        long sum = scores.Sum(s => (long)s), n = scores.Count;
        var q = (2 * Math.Abs(sum) + n) / (2 * n);
        return (int)(sum < 0 ? -q : q);
    }
}
