using Microsoft.Extensions.Options;
using Tongxin.Domain.Regions;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>Prints the demo accounts and their passwords; refuses outside demo mode.</summary>
public static class DemoUsersCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, TextWriter output)
    {
        var options = root.GetRequiredService<IOptions<TongxinOptions>>().Value;
        if (!options.Demo)
        {
            await output.WriteLineAsync("当前不是演示模式（Tongxin:Demo=false），没有演示账号。");
            return 1;
        }
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var towns = await db.Regions.Where(r => r.Level == RegionLevel.Town).ToListAsync();
        var regionNames = await db.Regions.ToDictionaryAsync(r => r.Code, r => r.Name);
        await output.WriteLineAsync("用户名\t密码\t角色\t所属节点\t姓名");
        foreach (var u in DemoUsers.All(towns))
        {
            var role = Roles.All.Single(r => r.Name == u.Role).Zh;
            await output.WriteLineAsync($"{u.UserName}\t{Passwords.Demo(options.KeysPath, u.UserName)}\t{role}\t" +
                $"{regionNames.GetValueOrDefault(u.RegionCode)}\t{u.DisplayName}");
        }
        return 0;
    }
}
