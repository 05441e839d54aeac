using Tongxin.Domain.Accounts;

namespace Tongxin.Domain.Tests;

public sealed class TotpTests
{
    private static readonly byte[] RfcKey = "12345678901234567890"u8.ToArray();

    [Theory]
    [Trait("Req", "SEC-4")]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Codes_are_those_of_rfc_6238_in_six_digits(long unixSeconds, string code) =>
        Totp.Code(RfcKey, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))).ShouldBe(code);

    [Fact]
    [Trait("Req", "SEC-4")]
    public void A_code_matches_its_step_or_a_neighbour_and_nothing_else()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = Totp.StepAt(now);
        Totp.Match(RfcKey, Totp.Code(RfcKey, step), now).ShouldBe(step);
        Totp.Match(RfcKey, Totp.Code(RfcKey, step - 1), now).ShouldBe(step - 1);
        Totp.Match(RfcKey, Totp.Code(RfcKey, step + 1), now).ShouldBe(step + 1);
        Totp.Match(RfcKey, Totp.Code(RfcKey, step - 3), now).ShouldBeNull();
        Totp.Match(RfcKey, "12345", now).ShouldBeNull();
        Totp.Match(RfcKey, null, now).ShouldBeNull();
        Totp.Match(RfcKey, "005 924", now).ShouldBe(step);
    }

    [Fact]
    [Trait("Req", "SEC-4")]
    public void Base32_keys_decode_as_authenticator_apps_read_them() =>
        Totp.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").ShouldBe(RfcKey);
}
