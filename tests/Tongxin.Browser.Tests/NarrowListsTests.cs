namespace Tongxin.Browser.Tests;

public sealed class NarrowListsTests(BrowserApp app)
{
    /// <summary>At phone width a back-office list is one card per row (narrow.css), not a table wider than the
    /// screen: nothing scrolls sideways and no column header row is shown.</summary>
    [Theory]
    [Trait("Req", "SYS-2")]
    [InlineData("/people", "narrow-people")]
    [InlineData("/duties/activities", "narrow-activities")]
    [InlineData("/duties/rules", "narrow-duty-rules")]
    public async Task Back_office_lists_are_card_lists_on_a_phone(string path, string shot)
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync(path);
        await page.Interactive();
        var row = page.Locator("table tbody tr:not([aria-hidden=true])").First;
        await row.WaitForAsync();
        await page.Shot(shot);
        var wide = await page.EvaluateAsync<int>(
            "() => Math.max(...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right))");
        wide.ShouldBeLessThanOrEqualTo(390);
        (await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('thead')]"
            + ".every(h => h.getBoundingClientRect().height === 0)")).ShouldBeTrue();
        (await row.EvaluateAsync<string>("r => getComputedStyle(r).display")).ShouldNotBe("table-row");
    }
}
