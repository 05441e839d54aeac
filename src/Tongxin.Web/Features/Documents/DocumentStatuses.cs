namespace Tongxin.Web.Features.Documents;

public static class DocumentStatuses
{
    public static string Name(DocumentStatus s) => s switch
    {
        DocumentStatus.Draft => Loc.T("草稿", "Draft"),
        DocumentStatus.InForce => Loc.T("现行有效", "In force"),
        _ => Loc.T("已废止", "Repealed"),
    };

    public static string Color(DocumentStatus s) => s switch
    {
        DocumentStatus.Draft => "default",
        DocumentStatus.InForce => "green",
        _ => "red",
    };
}
