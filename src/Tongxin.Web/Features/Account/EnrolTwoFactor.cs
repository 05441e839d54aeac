using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// 两步验证 set-up for one's own account (SEC-4): a key for an authenticator app (shown as text and as a QR code of its
/// otpauth URI), confirmed by one code from the app; then ten recovery codes, shown once.
/// </summary>
public sealed class EnrolTwoFactor(UserManager<AppUser> users, TongxinDb db) : IHandler
{
    public const string Issuer = "同心";
    private const string StoreProvider = "[AspNetUserStore]", KeyName = "AuthenticatorKey";

    /// <summary>What the set-up page and <c>GET /api/v1/auth/two-factor</c> show; no key once enabled.</summary>
    public sealed record Setup(bool Enabled, string? Key, string? OtpAuthUri, string? QrCodeDataUri);

    public sealed record Request(string? Code);

    public sealed record Enrolled(IReadOnlyList<string> RecoveryCodes);

    public async Task<Setup> GetAsync(string userId)
    {
        var user = await FindAsync(userId);
        if (user.TwoFactorEnabled) return new(true, null, null, null);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Stored without a new security stamp (unlike ResetAuthenticatorKeyAsync): looking at the set-up page
            // must not end the session that looks at it.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, StoreProvider, KeyName, key);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qr).GetGraphic(5);
        return new(false, Grouped(key), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>Turns the second factor on when the code matches the key, and returns the recovery codes.</summary>
    public async Task<Enrolled> EnableAsync(string userId, Request r)
    {
        var user = await FindAsync(userId);
        if (user.TwoFactorEnabled)
            throw new ConflictException(Loc.T("两步验证已启用", "Two-step verification is already on"));
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) || !await users.VerifyTwoFactorTokenAsync(
                user, users.Options.Tokens.AuthenticatorTokenProvider, r.Code ?? ""))
        {
            db.AddAuditEvent(TwoFactorEvents.Failed, nameof(AppUser), user.Id, user.NodePath, success: false,
                details: new { step = "enrol" });
            await db.SaveChangesAsync();
            var check = new Check();
            check.Add(nameof(r.Code), Loc.T("验证码不正确：请输入验证器当前显示的 6 位数字，并确认手机时间准确",
                "Wrong code: enter the 6 digits the app shows now, and check the phone's clock"));
            check.ThrowIfAny();
        }
        db.AddAuditEvent(TwoFactorEvents.Enabled, nameof(AppUser), user.Id, user.NodePath);
        Ensure(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        return new(codes.ToList());
    }

    private async Task<AppUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException(Loc.T("用户", "User"));

    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4,
            Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new ConflictException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
