using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Regions;

/// <summary>Add a child node under a node in scope; its code must extend the parent's (ACC-1).</summary>
public sealed class CreateRegion(TongxinDb db) : IHandler
{
    public sealed record Request(Guid? ParentId, string? Code, string? Name);

    public async Task<RegionRow> HandleAsync(Request r, CancellationToken ct = default)
    {
        var check = new Check().Required(nameof(r.Name), Loc.T("名称", "Name"), r.Name, 50);
        var parent = r.ParentId is { } pid ? await db.Regions.SingleOrDefaultAsync(x => x.Id == pid, ct) : null;
        if (parent is null) check.Add(nameof(r.ParentId), Loc.T("上级区划不存在或不在您的数据范围内",
            "The parent region does not exist or is outside your data scope"));
        var code = Domain.Text.Width.ToHalfWidth(r.Code ?? "").Trim();
        if (parent is not null)
        {
            var level = RegionCode.ChildLevel(parent.Level);
            if (level is null) check.Add(nameof(r.ParentId), Loc.T("村/社区下不能再设下级区划",
                "A village/community cannot have child regions"));
            else if (RegionCode.Validate(code, level.Value, parent.Code) is { } error) check.Add(nameof(r.Code), error);
            else if (await db.Regions.IgnoreQueryFilters().AnyAsync(x => x.Code == code, ct)) check.Add(nameof(r.Code),
                Loc.T($"区划代码 {code} 已存在", $"Region code {code} already exists"));
        }
        check.ThrowIfAny();
        var region = new Region
        {
            Code = code, Name = r.Name!.Trim(), Level = RegionCode.ChildLevel(parent!.Level)!.Value,
            ParentId = parent.Id,
            NodePath = NodePath.Child(parent.NodePath, code),
            SortOrder = await db.Regions.CountAsync(x => x.ParentId == parent.Id, ct) + 1,
        };
        db.Regions.Add(region);
        await db.SaveChangesAsync(ct);
        return new RegionRow(region.Id, region.Code, region.Name, region.Level, region.ParentId, 0, region.Version);
    }
}
