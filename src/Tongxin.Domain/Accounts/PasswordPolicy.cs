namespace Tongxin.Domain.Accounts;

/// <summary>SEC-1: 12–128 characters, 3 of 4 character classes, not on the block list.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly string[] Common =
    [
        "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "abc123", "111111", "admin",
        "administrator", "iloveyou", "welcome", "letmein", "monkey", "dragon", "root", "tongxin", "changeme",
        "woaini", "5201314", "1qaz2wsx", "qwertyuiop", "p@ssw0rd", "admin123",
    ];

    /// <summary>Returns every rule the password breaks, in Chinese; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password,
        IEnumerable<string>? blockedWords = null, string? userName = null)
    {
        var errors = new List<string>();
        password ??= "";
        if (password.Length < MinLength) errors.Add(Lang.T($"密码长度至少 {MinLength} 位",
            $"The password must have at least {MinLength} characters"));
        if (password.Length > MaxLength) errors.Add(Lang.T($"密码长度不能超过 {MaxLength} 位",
            $"The password can have at most {MaxLength} characters"));
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterLower), password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiDigit), password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(x => x);
        if (classes < 3)
            errors.Add(Lang.T("密码须包含大写字母、小写字母、数字、符号中的至少三类",
            "The password needs at least three of: upper-case letters, lower-case letters, digits, symbols"));
        var lower = password.ToLowerInvariant();
        var words = Common.Concat(blockedWords ?? []).Where(w => w.Length >= 2);
        if (Common.Contains(lower) || words.Any(w => w.Length >= 4 && lower.Contains(w.ToLowerInvariant())) ||
            (blockedWords ?? []).Any(w => password.Contains(w, StringComparison.OrdinalIgnoreCase)))
            errors.Add(Lang.T("密码包含常见弱口令或本地地名，请更换",
                "The password contains a common weak password or a local place name; choose another"));
        if (!string.IsNullOrEmpty(userName) && userName.Length >= 3 && lower.Contains(userName.ToLowerInvariant()))
            errors.Add(Lang.T("密码不能包含用户名", "The password cannot contain the user name"));
        return errors;
    }

    public static bool IsExpired(DateTime changedUtc, DateTime nowUtc, int maxAgeDays) =>
        maxAgeDays > 0 && nowUtc - changedUtc > TimeSpan.FromDays(maxAgeDays);
}
