using System.Diagnostics;
using System.Globalization;
using Tongxin.Data.Diagnostics;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// With <c>Tongxin:ServerTiming</c> on, every response says how long the request took in the app and how much of that
/// was spent in the database: <c>Server-Timing: db;dur=11.8;desc="7", app;dur=39.6</c> (milliseconds; desc = statements
/// run). bench/run turns it on to set each endpoint against its SQL (issue 6). Off by default: timings are not for
/// users.
/// </summary>
public static class ServerTiming
{
    public const string Header = "Server-Timing";

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app, TongxinOptions options) =>
        !options.ServerTiming ? app : app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var db = DbTime.Start();
            http.Response.OnStarting(() =>
            {
                var total = Stopwatch.GetElapsedTime(started);
                http.Response.Headers[Header] = string.Create(CultureInfo.InvariantCulture,
                    $"db;dur={db.Elapsed.TotalMilliseconds:0.0};desc=\"{db.Statements}\", " +
                    $"app;dur={total.TotalMilliseconds:0.0}");
                return Task.CompletedTask;
            });
            await next();
        });
}
