using Tongxin.Domain.Accounts;

namespace Tongxin.Browser.Tests;

public sealed class TwoFactorTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "SEC-4")]
    public async Task A_user_enrols_an_authenticator_signs_out_and_signs_in_with_a_code()
    {
        var page = await app.NewPage();
        // town7 is used by no other browser test: its second factor changes nobody else's sign-in. A town officer
        // lands on the field home, whose user menu leads to the enrolment.
        await page.SignIn("town7", app.DemoPassword("town7"));
        await page.Locator("details.phone-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "双因素认证" }).ClickAsync();
        await page.WaitForURLAsync("**/account/security");
        await page.GetByRole(AriaRole.Img, new() { Name = "两步验证设置二维码" }).WaitForAsync();
        await page.Shot("sec4-01-enrol");

        var key = Totp.FromBase32(await page.Locator("#authenticator-key").InnerTextAsync());
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        await page.GetByLabel("动态验证码").FillAsync(Totp.Code(key, step));
        await page.GetByRole(AriaRole.Button, new() { Name = "启用两步验证" }).ClickAsync();
        var codes = page.GetByRole(AriaRole.List, new() { Name = "恢复码" }).GetByRole(AriaRole.Listitem);
        await codes.First.WaitForAsync();
        (await codes.CountAsync()).ShouldBe(10);
        await page.Shot("sec4-02-recovery-codes");

        await page.GetByRole(AriaRole.Link, new() { Name = "我已保存，继续" }).ClickAsync();
        await page.WaitForURLAsync("**/m");
        await page.Locator("details.phone-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login");

        await page.GetByLabel("用户名").FillAsync("town7");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(app.DemoPassword("town7"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login/two-factor**");
        await page.Shot("sec4-03-code");
        // The enrolment spent this step's code; the next step's is accepted (one step of drift either side).
        await page.GetByLabel("动态验证码").FillAsync(Totp.Code(key, step + 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/account/"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的待办" }).WaitForAsync();
        await page.Shot("sec4-04-signed-in");
    }
}
