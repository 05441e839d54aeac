using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Components;
using Tongxin.Web.Startup;

namespace Tongxin.Browser.Tests;

/// <summary>
/// Every routed page, as each field role and at a desktop and a phone size, passes axe-core with no serious or
/// critical violation, and no page scrolls sideways on a phone; on the phone pages (/m) no tap target is under
/// 44 px (issue 15, item 5).
/// </summary>
public sealed partial class AccessibilityTests(BrowserApp app, ITestOutputHelper output)
{
    private static readonly string[] Users = ["staff", "town1", "village1"];
    private static readonly (int Width, int Height)[] Sizes = [(1366, 900), (390, 844)];
    private const int Phone = 390;
    private const int MinTap = 44;

    /// <summary>Routes that are not visited, with the reason (a route with a parameter gets a demo id).</summary>
    private static readonly Dictionary<string, string> NotVisited = new()
    {
        // A signed-in user is sent on from the sign-in pages; the sign-in page itself is checked signed out.
        ["/account/login/two-factor"] = "needs a half-finished sign-in with a second factor",
    };

    [Fact]
    [Trait("Req", "SYS-6")]
    [Trait("Req", "SYS-2")]
    public async Task Every_page_has_no_serious_violation_for_any_role_and_no_sideways_scroll_on_a_phone()
    {
        app.Require();
        var clock = Stopwatch.StartNew();
        var routes = Routes();
        var found = new Findings();
        // The ids of demo rows as staff sees them: town and village users get the same ids, so the pages they may
        // not open (a refusal page) are checked as well as their own rows (collected as they go).
        var staffIds = await StaffIds(routes);

        async Task Run(string? user, int width, int height)
        {
            var page = await NewPage(width, height);
            try
            {
                if (user is null)
                {
                    await Check(page, "/account/login", "anonymous", width);
                    Interlocked.Increment(ref found.Visits);
                    return;
                }
                await page.SignIn(user, app.DemoPassword(user));
                // Phone pages are for phones: checked at the phone size only.
                var mine = routes.Where(r => width == Phone || !IsPhone(r)).ToList();
                await VisitAll(page, mine, staffIds, found, path => Check(page, path, user, width));
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        async Task Check(IPage page, string path, string user, int width)
        {
            // The load event, never the circuit: axe checks the prerendered DOM (blazor.web.js is not loaded, see
            // NewPage), which is what a phone on a weak network shows first and what does not change under axe.
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            var where = $"{path} as {user} at {width}px";
            await page.Shot($"a11y-{user}-{width}-{Slug(path)}", fullPage: IsPhone(path));
            await found.Axe(page, where);
            if (width != Phone) return;
            var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scroll > Phone + 1) found.Add("horizontal-scroll", $"{where}: {scroll}px wide");
            if (!IsPhone(path)) return;
            foreach (var small in await page.EvaluateAsync<string[]>(SmallTapTargets, MinTap))
                found.Add("tap-target-under-44px", $"{where}: {small}");
        }

        // Each role and size in its own browser context, three at a time (two cores: the server renders, Chromium
        // lays out and axe runs; more at once only queues).
        var runs = new List<Func<Task>>();
        foreach (var (w, h) in Sizes) runs.Add(() => Run(null, w, h));
        foreach (var user in Users)
            foreach (var (w, h) in Sizes)
                runs.Add(() => Run(user, w, h));
        using var gate = new SemaphoreSlim(3);
        await Task.WhenAll(runs.Select(async run =>
        {
            await gate.WaitAsync();
            try { await run(); }
            finally { gate.Release(); }
        }));

        found.Report(output, "axe", clock);
        found.Problems.Count.ShouldBe(0, $"{found.Problems.Count} serious or critical violations, sideways scrolls " +
            "or small tap targets (above)");
    }

    /// <summary>
    /// The same pages once their circuit has connected: AntDesign re-renders its components interactively (tables,
    /// tabs, pop-ups), and the open widgets (a confirmation pop-up, tabs, the phone's menus, the notices bell) only
    /// exist then. Every back-office page that runs interactively, as staff at the desktop size and as a town
    /// officer at the phone size (who lands on /m but may open the back office); one context per user, the two at
    /// once.
    /// </summary>
    [Fact]
    [Trait("Req", "SYS-6")]
    public async Task Every_back_office_page_after_its_circuit_connects_has_no_serious_violation()
    {
        app.Require();
        var clock = Stopwatch.StartNew();
        var all = Routes();
        var routes = all.Where(r => !IsPhone(r) && !StaticRoutes.Contains(r)).ToList();
        var found = new Findings();
        foreach (var r in StaticRoutes) found.Skipped.TryAdd(r, "static page (no circuit): the prerendered pass");
        var staffIds = await StaffIds(all);

        async Task Run(string user, int width, int height)
        {
            var page = await app.NewPage(width, height);
            try
            {
                await page.SignIn(user, app.DemoPassword(user));
                // A town officer lands on /m: the phone header's 电脑版 link opens the back office (a cookie).
                await page.GotoAsync("/?view=desktop", new() { WaitUntil = WaitUntilState.Commit });
                await VisitAll(page, routes, staffIds, found, async path =>
                {
                    await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
                    var where = $"{path} as {user} at {width}px, interactive";
                    if (!await Settled(page, found, where)) return;
                    await page.Shot($"a11y-live-{user}-{width}-{Slug(path)}", fullPage: false);
                    await found.Axe(page, where);
                });
                await OpenWidgets(page, user, width, staffIds, found);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        await Task.WhenAll(Run("staff", 1366, 900), Run("town1", Phone, 844));

        found.Report(output, "axe (interactive)", clock);
        found.Problems.Count.ShouldBe(0, $"{found.Problems.Count} serious or critical violations (above)");
    }

    /// <summary>Opens the widgets that exist only on a live page, and checks each while it is open.</summary>
    private static async Task OpenWidgets(IPage page, string user, int width, Dictionary<string, string> staffIds,
        Findings found)
    {
        async Task Open(string path, string what, Func<Task> open)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
            var where = $"{path} as {user} at {width}px, {what} open";
            if (!await Settled(page, found, where)) return;
            await open();
            await page.Shot($"a11y-open-{user}-{width}-{Slug(what)}", fullPage: false);
            await found.Axe(page, where);
        }

        if (width == Phone)
        {
            await Open("/", "menu", async () =>
            {
                await page.Locator(".menu-toggle").ClickAsync();
                await page.Locator(".app-sider.open").WaitForAsync();
            });
            await Open("/", "user-menu", async () =>
            {
                await page.Locator(".user-toggle").ClickAsync();
                await page.Locator("#user-menu.open").WaitForAsync();
            });
        }
        if (staffIds.TryGetValue("/people/", out var person) && user == "staff")
            await Open($"/people/{person}", "delete-confirm", async () =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
                await page.Locator(".ant-popover:not(.ant-popover-hidden)").WaitForAsync();
            });
        if (staffIds.TryGetValue("/org/bodies/", out var body) && user == "staff")
            await Open($"/org/bodies/{body}", "second-tab", async () =>
            {
                await page.Locator(".ant-tabs-tab").Nth(1).ClickAsync();
                await page.Locator(".ant-tabs-tab-active").Nth(0).WaitForAsync();
            });
        // The bell is a link to the inbox: the inbox it opens, reached by tapping it.
        await Open("/", "notices-bell", async () =>
        {
            await page.Locator(".notice-bell").ClickAsync();
            await page.WaitForURLAsync("**/notices");
        });
    }

    /// <summary>
    /// A live page has settled when its circuit has connected (the layout's marker), its data has come (no AntDesign
    /// spinner: the lists show one while they wait for the server) and the network is quiet (scripts, fonts).
    /// </summary>
    private static async Task<bool> Settled(IPage page, Findings found, string where)
    {
        // A refusal (/account/denied) or a missing row is answered by a static page: no layout marker, no circuit;
        // the prerendered pass checks those.
        // Generous: on two busy cores a page with a large table can take longer than the default to parse.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 60_000 });
        if (await page.Locator("[data-interactive]").CountAsync() == 0)
        {
            found.Skipped.TryAdd(where, $"answered by a static page at {new Uri(page.Url).AbsolutePath}");
            return false;
        }
        try
        {
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("""
                () => `at ${location.pathname}: data-interactive=${document.querySelector('[data-interactive]')
                    ?.dataset.interactive}, blazor.web.js ${!!document.querySelector('script[src*="blazor.web"]')}`
                    + `, error UI ${getComputedStyle(document.getElementById('blazor-error-ui') ?? document.body)
                    .display}, h1 "${document.querySelector('h1')?.innerText}"`
                """);
            found.Add("never-interactive", $"{where}: {state}");
            return false;
        }
        await page.WaitForFunctionAsync("() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return true;
    }

    /// <summary>The pages that never connect a circuit (static server rendering, [ExcludeFromInteractiveRouting]).
    /// </summary>
    private static readonly HashSet<string> StaticRoutes =
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(r => !IsPhone(r) && !NotVisited.ContainsKey(r)),
    ];

    /// <summary>
    /// Visits every route: first those without a parameter, collecting the ids of the rows this user's pages link
    /// to; then each route with a parameter with staff's id and the user's own (a refusal page, or their own row).
    /// </summary>
    private static async Task VisitAll(IPage page, List<string> routes, Dictionary<string, string> staffIds,
        Findings found, Func<string, Task> check)
    {
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in routes.Where(r => !r.Contains('{')))
        {
            await check(route);
            Interlocked.Increment(ref found.Visits);
            CollectIds(await Hrefs(page), routes, own);
        }
        foreach (var route in routes.Where(r => r.Contains('{')))
        {
            var key = Prefix(route);
            string?[] ids = [staffIds.GetValueOrDefault(key), own.GetValueOrDefault(key)];
            var distinct = ids.OfType<string>().Distinct().ToList();
            if (distinct.Count == 0) found.Skipped.TryAdd(route, "no demo row linked from the lists");
            foreach (var id in distinct)
            {
                await check(GuidParameter().Replace(route, id));
                Interlocked.Increment(ref found.Visits);
            }
        }
    }

    /// <summary>What a pass found: each problem with its page, counted by rule, and the routes it left out.</summary>
    private sealed class Findings
    {
        public readonly ConcurrentBag<string> Problems = [];
        public readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, string> Skipped = new(NotVisited, StringComparer.Ordinal);
        public int Visits;

        public void Add(string rule, string what, int n = 1)
        {
            Counts.AddOrUpdate(rule, n, (_, c) => c + n);
            Problems.Add($"{rule} {what}");
        }

        /// <summary>axe-core over the page as it is now: every serious or critical node, with its selector.</summary>
        public async Task Axe(IPage page, string where)
        {
            var result = await page.RunAxe();
            foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                Counts.AddOrUpdate(v.Id, v.Nodes.Length, (_, c) => c + v.Nodes.Length);
                foreach (var node in v.Nodes) Problems.Add($"{v.Id} ({v.Impact}) {where}: {node.Target}");
            }
        }

        public void Report(ITestOutputHelper output, string pass, Stopwatch clock)
        {
            output.WriteLine($"{pass}: {Visits} page visits in {clock.Elapsed.TotalSeconds:0} s, serious or critical:");
            foreach (var (rule, n) in Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
                output.WriteLine($"  rule {rule}: {n}");
            foreach (var (route, why) in Skipped.OrderBy(s => s.Key, StringComparer.Ordinal))
                output.WriteLine($"  not visited {route}: {why}");
            foreach (var p in Problems.Order(StringComparer.Ordinal)) output.WriteLine("  " + p);
        }
    }

    /// <summary>
    /// The tap targets on a phone page lower than 44 px: every visible a, button, input, select, textarea, summary
    /// and label that holds an input. A check box or radio counts by its label (the label is what is tapped), and a
    /// link inside running text (an inline a in a p) is exempt, as in WCAG 2.5.8: its size follows the text line,
    /// and making it taller would break the paragraph.
    /// </summary>
    private const string SmallTapTargets = """
        min => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, label')]
            .filter(e => {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || e.type === 'hidden') return false;
                if (e.tagName === 'LABEL' && !e.querySelector('input, select, textarea')) return false;
                if (e.matches('input[type=checkbox], input[type=radio]')) {
                    const label = e.closest('label') || (e.id && document.querySelector(`label[for="${e.id}"]`));
                    if (label) return false;
                }
                if (e.tagName === 'A' && getComputedStyle(e).display === 'inline' && e.closest('p')) return false;
                return r.height < min;
            })
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + e.className : ''}`
                + ` "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`
                + ` ${Math.round(e.getBoundingClientRect().height)}px`)
        """;

    private async Task<IPage> NewPage(int width, int height)
    {
        var page = await app.NewPage(width, height);
        // No circuit: without blazor.web.js the prerendered page stays as the server sent it, and the server does
        // not hold a circuit for every visit (most of the run time of this test was circuits).
        await page.Context.RouteAsync("**/_framework/blazor.web*.js", r => r.AbortAsync());
        return page;
    }

    private async Task<Dictionary<string, string>> StaffIds(List<string> routes)
    {
        var page = await NewPage(1366, 900);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await page.SignIn("staff", app.DemoPassword("staff"));
            // The server's HTML is enough to find links; no page needs laying out for it.
            foreach (var route in routes.Where(r => !r.Contains('{') && !IsPhone(r)))
            {
                var response = await page.Context.APIRequest.GetAsync(route);
                var hrefs = Href().Matches(await response.TextAsync()).Select(m => m.Groups[1].Value).ToArray();
                CollectIds(hrefs, routes, ids);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
        return ids;
    }

    private static Task<string[]> Hrefs(IPage page) => page.EvaluateAsync<string[]>(
        "[...document.querySelectorAll('a[href]')].map(a => new URL(a.href).pathname)");

    private static void CollectIds(string[] hrefs, List<string> routes, Dictionary<string, string> ids)
    {
        foreach (var key in routes.Where(r => r.Contains('{')).Select(Prefix).Distinct())
        {
            if (ids.ContainsKey(key)) continue;
            var pattern = new Regex("^/?" + Regex.Escape(key.TrimStart('/')) + "([0-9a-f]{8}-[0-9a-f-]{27})(/|$)");
            var hit = hrefs.Select(h => pattern.Match(h)).FirstOrDefault(m => m.Success);
            if (hit is not null) ids[key] = hit.Groups[1].Value;
        }
    }

    /// <summary>Every @page of the web assembly, the phone pages (/m) included.</summary>
    private static List<string> Routes() =>
    [
        .. typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(r => !NotVisited.ContainsKey(r))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static bool IsPhone(string path) => path == "/m" || path.StartsWith("/m/", StringComparison.Ordinal);

    /// <summary>The part of a template before its id: "/org/bodies/{Id:guid}/edit" → "/org/bodies/".</summary>
    private static string Prefix(string route) => route[..route.IndexOf('{')];

    private static string Slug(string path)
    {
        var s = new StringBuilder();
        foreach (var c in path.Trim('/')) s.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return s.Length == 0 ? "home" : s.ToString();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex GuidParameter();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
