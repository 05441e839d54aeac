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
        var problems = new ConcurrentBag<string>();
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var skipped = new ConcurrentDictionary<string, string>(NotVisited, StringComparer.Ordinal);
        var visits = 0;
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
                    return;
                }
                await page.SignIn(user, app.DemoPassword(user));
                var own = new Dictionary<string, string>(StringComparer.Ordinal);
                // Phone pages are for phones: checked at the phone size only.
                var mine = routes.Where(r => width == Phone || !IsPhone(r)).ToList();
                foreach (var route in mine.Where(r => !r.Contains('{')))
                {
                    await Check(page, route, user, width);
                    CollectIds(await Hrefs(page), mine, own);
                }
                foreach (var route in mine.Where(r => r.Contains('{')))
                {
                    var key = Prefix(route);
                    string?[] ids = [staffIds.GetValueOrDefault(key), own.GetValueOrDefault(key)];
                    var distinct = ids.OfType<string>().Distinct().ToList();
                    if (distinct.Count == 0) skipped.TryAdd(route, "no demo row linked from the lists");
                    foreach (var id in distinct) await Check(page, GuidParameter().Replace(route, id), user, width);
                }
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
            Interlocked.Increment(ref visits);
            var where = $"{path} as {user} at {width}px";
            await page.Shot($"a11y-{user}-{width}-{Slug(path)}", fullPage: IsPhone(path));
            var result = await page.RunAxe();
            foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                counts.AddOrUpdate(v.Id, v.Nodes.Length, (_, n) => n + v.Nodes.Length);
                foreach (var node in v.Nodes) problems.Add($"{v.Id} ({v.Impact}) {where}: {node.Target}");
            }
            if (width != Phone) return;
            var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scroll > Phone + 1)
            {
                counts.AddOrUpdate("horizontal-scroll", 1, (_, n) => n + 1);
                problems.Add($"horizontal-scroll {where}: {scroll}px wide");
            }
            if (!IsPhone(path)) return;
            foreach (var small in await page.EvaluateAsync<string[]>(SmallTapTargets, MinTap))
            {
                counts.AddOrUpdate("tap-target-under-44px", 1, (_, n) => n + 1);
                problems.Add($"tap-target-under-44px {where}: {small}");
            }
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

        output.WriteLine($"axe: {visits} page visits in {clock.Elapsed.TotalSeconds:0} s, serious or critical:");
        foreach (var (rule, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            output.WriteLine($"  rule {rule}: {n}");
        foreach (var (route, why) in skipped.OrderBy(s => s.Key, StringComparer.Ordinal))
            output.WriteLine($"  not visited {route}: {why}");
        foreach (var p in problems.Order(StringComparer.Ordinal)) output.WriteLine("  " + p);
        problems.Count.ShouldBe(0, $"{problems.Count} serious or critical violations, sideways scrolls or small tap " +
            "targets (above)");
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
