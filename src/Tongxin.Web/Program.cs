using System.Globalization;
using Tongxin.Web.Cli;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Startup;

// Chinese first (SYS-1) whatever the machine's locale: the command line, start-up and jobs speak Chinese; each
// request then takes the culture the user chose.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo(Loc.Chinese);
var builder = WebApplication.CreateBuilder(ContentRoot.Options(CommandLine.ConfigArgs(args)));
CommandLine.UseOwnerLogin(builder.Configuration, args);
if (!builder.Environment.IsProduction()) builder.WebHost.UseStaticWebAssets();
try
{
    builder.AddTongxin();
}
catch (StartupRefusedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}
var app = builder.Build();
if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(app, args);

app.UseTongxin();
if (!await Bootstrap.RunAsync(app.Services, Console.Out)) return 1; // not migrated, and this login may not migrate
await app.RunAsync();
return 0;

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
