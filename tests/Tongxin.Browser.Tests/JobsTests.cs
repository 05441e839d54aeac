namespace Tongxin.Browser.Tests;

/// <summary>The 定时任务 page and the inbox it feeds, as people see them (SYS-10, OBL-4).</summary>
public sealed class JobsTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "SYS-10")]
    [Trait("Req", "OBL-4")]
    public async Task The_system_administrator_runs_the_reminders_and_a_town_officer_reads_them_on_a_phone()
    {
        var admin = await app.NewPage();
        await admin.SignIn("sysadmin", app.DemoPassword("sysadmin"));
        await admin.GotoAsync("/system/jobs");
        await admin.GetByRole(AriaRole.Heading, new() { Name = "定时任务" }).WaitForAsync();
        var row = admin.Locator("tr[data-job=duty-reminders]");
        await row.GetByRole(AriaRole.Button, new() { Name = "立即运行" }).ClickAsync();
        await admin.GetByText("已运行：").WaitForAsync();
        await row.GetByText("成功").WaitForAsync();
        await admin.Shot("40-scheduled-jobs");

        var phone = await app.NewPage(390, 844);
        await phone.SignIn("town1", app.DemoPassword("town1"));
        var bell = phone.Locator("a.notice-bell");
        await bell.WaitForAsync();
        (await bell.GetAttributeAsync("data-unread")).ShouldNotBe("0");
        await bell.ClickAsync();
        await phone.WaitForURLAsync("**/notices");
        await phone.GetByText("项制度任务滞后").First.WaitForAsync();
        await phone.Shot("41-phone-inbox");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await phone.GetByRole(AriaRole.Button, new() { Name = "全部标为已读" }).ClickAsync();
        await phone.Locator("a.notice-bell[data-unread='0']").WaitForAsync();
        await phone.Shot("42-phone-inbox-read");
    }
}
