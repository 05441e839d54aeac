using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tongxin.Domain.Tests;

/// <summary>The rules' messages are asserted in Chinese, the product's default, whatever the machine's
/// locale.</summary>
internal static class ChineseByDefault
{
    [ModuleInitializer]
    internal static void Set() =>
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
}
