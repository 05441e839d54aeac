using Tongxin.Domain.Accounts;

namespace Tongxin.Domain.Tests;

public sealed class PasswordPolicyTests
{
    [Theory]
    [Trait("Req", "SEC-1")]
    [InlineData("Str0ng-Enough!", true)]
    [InlineData("lower-and-1234", true)]
    [InlineData("Short1!", false)]
    [InlineData("alllowercaseletters", false)]
    [InlineData("Password12345!", false)]
    [InlineData("Fengcheng2026!", false)]
    public void Length_classes_and_block_list(string password, bool ok) =>
        (PasswordPolicy.Check(password, ["fengcheng", "峰城"]).Count == 0).ShouldBe(ok);

    [Fact]
    [Trait("Req", "SEC-1")]
    public void Every_broken_rule_is_named_in_Chinese()
    {
        var errors = PasswordPolicy.Check("abc");
        errors.ShouldContain(e => e.Contains("至少 12 位"));
        errors.ShouldContain(e => e.Contains("三类"));
        PasswordPolicy.Check(new string('a', 120) + "B1!aaaaaaaaa").ShouldContain(e => e.Contains("128"));
        PasswordPolicy.Check("MyName-is-zhangsan1", userName: "zhangsan").ShouldContain(e => e.Contains("用户名"));
    }

    [Theory]
    [Trait("Req", "SEC-1")]
    [InlineData(89, false)]
    [InlineData(91, true)]
    public void Password_expires_after_max_age(int days, bool expired)
    {
        var changed = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        PasswordPolicy.IsExpired(changed, changed.AddDays(days), 90).ShouldBe(expired);
        PasswordPolicy.IsExpired(changed, changed.AddDays(days * 10), 0).ShouldBeFalse();
    }

    [Theory]
    [Trait("Req", "SEC-9")]
    [InlineData(new[] { "sysadmin" }, true)]
    [InlineData(new[] { "staff", "leader" }, true)]
    [InlineData(new[] { "sysadmin", "auditadmin" }, false)]
    [InlineData(new[] { "secadmin", "auditadmin" }, false)]
    [InlineData(new[] { "sysadmin", "staff" }, false)]
    public void Three_admin_roles_are_never_combined(string[] roles, bool allowed) =>
        (AdminSeparation.Check(roles) is null).ShouldBe(allowed);
}
