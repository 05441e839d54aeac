using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongxin.Domain.Accounts;

namespace Tongxin.Web.Security;

/// <summary>SEC-1 through Identity, so every way of setting a password obeys the same policy.</summary>
public sealed class PolicyPasswordValidator(IOptions<TongxinOptions> options) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = PasswordPolicy.Check(password, options.Value.BlockedPasswordWords, user.UserName);
        return Task.FromResult(errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(errors
                .Select(e => new IdentityError { Code = "PasswordPolicy", Description = e })
                .ToArray()));
    }
}

/// <summary>Identity's own messages in Chinese.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = Loc.T("原密码不正确", "The current password is wrong")
    };
    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = Loc.T($"用户名 {userName} 已存在", $"User name {userName} already exists")
    };
    public override IdentityError InvalidUserName(string? userName) => new()
    {
        Code = nameof(InvalidUserName),
        Description = Loc.T("用户名只能包含字母、数字和 -._@+",
            "A user name may contain only letters, digits and -._@+")
    };
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = Loc.T($"密码长度至少 {length} 位",
            $"The password must have at least {length} characters")
    };
    public override IdentityError ConcurrencyFailure() => new()
    {
        Code = nameof(ConcurrencyFailure),
        Description = Loc.T("该记录已被他人修改，请刷新后重试",
            "Someone else changed this record; refresh and try again")
    };
    public override IdentityError DuplicateRoleName(string role) => new()
    {
        Code = nameof(DuplicateRoleName),
        Description = Loc.T($"角色 {role} 已存在", $"Role {role} already exists")
    };
}
