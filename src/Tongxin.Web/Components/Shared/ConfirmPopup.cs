using AntDesign;
using Microsoft.AspNetCore.Components;

namespace Tongxin.Web.Components.Shared;

/// <summary>
/// AntDesign's Popconfirm with a decorative warning mark: its own icon is a <c>span role="img"</c> with no name
/// (axe-core: role-img-alt, serious) and AntDesign's Icon takes no aria attributes. The mark repeats what the title
/// says, so it is hidden from screen readers instead of named.
/// </summary>
public sealed class ConfirmPopup : Popconfirm
{
    private static readonly RenderFragment Mark = b =>
    {
        b.OpenElement(0, "span");
        b.AddAttribute(1, "class", "anticon anticon-exclamation-circle confirm-mark");
        b.AddAttribute(2, "aria-hidden", "true");
        b.AddContent(3, "!");
        b.CloseElement();
    };

    protected override void OnParametersSet()
    {
        IconTemplate ??= Mark;
        base.OnParametersSet();
    }
}
