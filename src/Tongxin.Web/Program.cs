using Tongxin.Web.Cli;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Startup;

var builder = WebApplication.CreateBuilder(CommandLine.ConfigArgs(args));
if (!builder.Environment.IsProduction()) builder.WebHost.UseStaticWebAssets();
builder.AddTongxin();
var app = builder.Build();
if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(app, args);

app.UseTongxin();
await Bootstrap.RunAsync(app.Services, Console.Out);
await app.RunAsync();
return 0;

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
