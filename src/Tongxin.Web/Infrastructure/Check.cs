namespace Tongxin.Web.Infrastructure;

/// <summary>Collects field errors in Chinese and throws them together (server-side validation, SEC-18).</summary>
public sealed class Check
{
    private readonly Dictionary<string, List<string>> _errors = new();

    public Check Required(string field, string label, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, Loc.T($"请填写{label}", $"{label} is required"));
        else if (value.Trim().Length > maxLength) Add(field, Loc.T($"{label}不能超过 {maxLength} 个字",
            $"{label} can be at most {maxLength} characters"));
        return this;
    }

    public Check Optional(string field, string label, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
            Add(field, Loc.T($"{label}不能超过 {maxLength} 个字",
            $"{label} can be at most {maxLength} characters"));
        return this;
    }

    public Check That(bool ok, string field, string message)
    {
        if (!ok) Add(field, message);
        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public bool HasErrors => _errors.Count > 0;

    public void ThrowIfAny()
    {
        if (HasErrors) throw new InvalidInputException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ReplaceLineEndings(" ");
}
