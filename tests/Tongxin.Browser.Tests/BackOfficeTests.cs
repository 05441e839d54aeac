namespace Tongxin.Browser.Tests;

public sealed class BackOfficeTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "SEC-5")]
    [Trait("Req", "SEC-1")]
    public async Task The_first_administrator_is_made_to_change_the_password_then_manages_users()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/account/login");
        await page.Shot("01-login");
        await page.SignIn("admin", BrowserApp.AdminPassword);
        await page.WaitForURLAsync("**/account/change-password");
        await page.GetByLabel("原密码").FillAsync(BrowserApp.AdminPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("确认新密码").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.GetByText("密码长度至少 12 位").First.WaitForAsync();
        await page.Shot("02-change-password-refused");
        await page.GetByLabel("原密码").FillAsync(BrowserApp.AdminPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync("Brand-New-Secret#42");
        await page.GetByLabel("确认新密码").FillAsync("Brand-New-Secret#42");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync("**/system/users");
        await page.Interactive();
        await page.GetByRole(AriaRole.Cell, new() { Name = "staff", Exact = true }).WaitForAsync();
        await page.Shot("03-users");
        // 三员: no business menu
        (await page.GetByRole(AriaRole.Link, new() { Name = "机构与成员单位" }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "ACC-1")]
    [Trait("Req", "ORG-1")]
    [Trait("Req", "RPT-1")]
    [Trait("Req", "SYS-1")]
    public async Task Staff_open_the_dashboard_the_region_tree_and_a_body()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.Interactive();
        await page.GetByRole(AriaRole.Heading, new() { Name = "统战图谱" }).WaitForAsync();
        await page.GetByText("坛山街道").First.WaitForAsync();
        await page.Shot("04-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "区划" }).ClickAsync();
        await page.Interactive();
        await page.GetByRole(AriaRole.Button, new() { Name = "展开 峰城区" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "展开 坛山街道" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "鹭鸣山庄" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "鹭鸣山庄" }).WaitForAsync();
        await page.GetByText("370404001001").First.WaitForAsync();
        await page.Shot("05-region-tree");

        await page.GetByRole(AriaRole.Link, new() { Name = "机构与成员单位" }).ClickAsync();
        await page.WaitForURLAsync("**/org/bodies");
        // An in-app navigation: the language switch must bring the user back here, not to the first page loaded.
        await page.Locator("form.lang-switch[action*='returnUrl=%2Forg%2Fbodies']").WaitForAsync();
        await page.GetByLabel("机构名称").FillAsync("领导小组");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync("**/org/bodies?q=*", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByText("共 3 条").WaitForAsync();
        await page.Shot("06a-bodies-search");
        await page.GetByRole(AriaRole.Link,
            new() { Name = "区委统一战线工作领导小组", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/org/bodies/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "区委统一战线工作领导小组" }).WaitForAsync();
        await page.GetByText("组长").First.WaitForAsync();
        await page.Shot("06-body");
        await page.GetByLabel("姓名").FillAsync("孙立（演示）");
        await page.GetByLabel("单位职务").FillAsync("区工商联主席");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加成员" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "孙立（演示）" }).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "成员（7）" }).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "下设机构（8）" }).ClickAsync();
        await page.GetByText("宗教工作联席会议").WaitForAsync();
        await page.Shot("07-body-mechanisms");
    }

    [Fact]
    [Trait("Req", "ORG-6")]
    [Trait("Req", "SYS-1")]
    public async Task A_malformed_document_number_is_explained_in_Chinese_and_nothing_is_saved()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/org/documents/new");
        await page.Interactive();
        await page.GetByLabel("发文字号").FillAsync("峰统发2021-3");
        await page.GetByLabel("标题").FillAsync("浏览器测试文件");
        await page.GetByLabel("发文机关").FillAsync("区委统战部");
        await page.GetByLabel("印发日期").FillAsync("2021-03-15");
        await page.GetByLabel("发布节点").SelectOptionAsync(new SelectOptionValue { Label = "峰城区" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.GetByText("发文字号格式应为").First.WaitForAsync();
        await page.Shot("08-document-error");
        await page.GetByLabel("发文字号").FillAsync("峰统发[2021]3号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.GetByText("峰统发〔2021〕3号").WaitForAsync();
        await page.Shot("09-document-saved");
    }

    [Fact]
    [Trait("Req", "SYS-4")]
    [Trait("Req", "SEC-13")]
    public async Task The_audit_administrator_filters_failed_sign_ins()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync("staff");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByText("用户名或密码错误").WaitForAsync();
        await page.SignIn("auditor", app.DemoPassword("auditor"));
        await page.WaitForURLAsync("**/system/audit");
        await page.Interactive();
        await page.GetByLabel("事件").SelectOptionAsync(new SelectOptionValue { Label = "登录失败" });
        await page.ClickUntilUrl(page.GetByRole(AriaRole.Button, new() { Name = "查询" }),
            "**event=sign-in-failed**");
        await page.GetByRole(AriaRole.Cell, new() { Name = "登录失败" }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "staff", Exact = true }).First.WaitForAsync();
        // The unfiltered first page holds such rows too: wait until every row shown is a failed sign-in.
        await page.WaitForFunctionAsync("""
            () => { const rows = [...document.querySelectorAll('tbody tr.ant-table-row')];
                    return rows.length > 0 && rows.every(r => r.cells[4]?.innerText.trim() === '登录失败'); }
            """);
        await page.Shot("10-audit-log");
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    [Trait("Req", "ACC-2")]
    public async Task A_town_officer_on_a_phone_sees_only_the_town()
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("town1", app.DemoPassword("town1"));
        // a town officer lands on the field home; 电脑版 in the user menu opens the back office
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的待办" }).WaitForAsync();
        await page.Locator("details.phone-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "电脑版" }).ClickAsync();
        await page.Interactive();
        await page.GetByRole(AriaRole.Heading, new() { Name = "统战图谱" }).WaitForAsync();
        await page.Shot("11-phone-dashboard");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.GetByRole(AriaRole.Button, new() { Name = "菜单" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "机构与成员单位" }).ClickAsync();
        await page.GetByText("坛山街道统战办公室").WaitForAsync();
        (await page.GetByText("吴林街道").CountAsync()).ShouldBe(0);
        await page.Shot("12-phone-bodies");
    }

    [Fact]
    [Trait("Req", "PPL-1")]
    [Trait("Req", "SEC-24")]
    public async Task Staff_find_a_person_and_reveal_the_id_number_for_a_moment()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/people?category=C05");
        await page.Interactive();
        await page.Locator("td", new() { HasText = "宗教界人士" }).First.WaitForAsync();
        await page.Shot("13-people");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出 Excel").ClickAsync());
        var file = Path.Combine(BrowserApp.Screens, "people-export.xlsx");
        await download.SaveAsAsync(file);
        var rows = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .ToList();
        rows[3]["A"].ShouldBe("姓名");
        rows.Skip(4).ShouldAllBe(r => r["D"].ToString()!.Contains("宗教界人士"));
        await page.Locator("table a[href^='/people/']").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/[0-9a-f-]{36}$"));
        var masked = await page.Locator(".mono").First.InnerTextAsync();
        masked.ShouldContain("**********");
        await page.GetByText("查看").First.ClickAsync();
        await page.GetByText("本次查看已记入审计日志").WaitForAsync();
        (await page.Locator(".mono").First.InnerTextAsync()).ShouldNotContain("*");
        await page.Shot("14-person-revealed");
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    public async Task Staff_import_a_file_see_the_bad_row_fix_it_and_import_again()
    {
        static string File(string name, string idLast)
        {
            var path = Path.Combine(BrowserApp.Screens, name);
            var first17 = "37040419811111123";
            var id = first17 + idLast;
            var row = Web.Features.People.PeopleTemplate.Headers.ToDictionary(h => h, h => (object?)null);
            row["姓名"] = "浏览器导入" + idLast;
            row["身份证号码"] = id;
            row["统战对象类别"] = "党外知识分子";
            row["所属节点代码"] = "370404001";
            using var s = System.IO.File.Create(path);
            MiniExcelLibs.MiniExcel.SaveAs(s, new[] { row });
            return path;
        }
        var good = Domain.People.IdNumber.CheckCharFor("37040419811111123").ToString();
        var bad = good == "1" ? "2" : "1";
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/people/import");
        await page.Interactive();
        await page.Locator("#file").SetInputFilesAsync(File("import-bad.xlsx", bad));
        await page.GetByText("未写入任何数据").WaitForAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "身份证号码", Exact = true }).WaitForAsync();
        await page.Shot("15-import-errors");
        var errors = await page.RunAndWaitForDownloadAsync(() => page.GetByText("下载错误清单（Excel）")
            .ClickAsync());
        var errorFile = Path.Combine(BrowserApp.Screens, "import-errors.xlsx");
        await errors.SaveAsAsync(errorFile);
        MiniExcelLibs.MiniExcel.Query(errorFile, useHeaderRow: false).Cast<IDictionary<string, object>>().Skip(4)
            .ShouldContain(r => r["A"].ToString() == "2" && r["B"].ToString() == "身份证号码");
        await page.Locator("#file").SetInputFilesAsync(File("import-good.xlsx", good));
        await page.GetByText("导入成功").WaitForAsync();
        await page.Shot("16-import-done");
    }
}
