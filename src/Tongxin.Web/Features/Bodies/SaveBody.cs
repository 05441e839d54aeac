namespace Tongxin.Web.Features.Bodies;

/// <summary>
/// Create or edit a body. The node must be in the user's scope; an edit carries the version it read (SEC-25).
/// </summary>
public sealed class SaveBody(TongxinDb db) : IHandler
{
    public sealed record Request(
        string? Name, BodyType? Type, Guid? NodeId, Guid? ParentBodyId, string? Description, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var check = new Check().Required(nameof(r.Name), Loc.T("机构名称", "Body name"), r.Name, 100)
            .Optional(nameof(r.Description), Loc.T("职责说明", "Responsibilities"), r.Description, 2000)
            .That(r.Type is { } t && Enum.IsDefined(t), nameof(r.Type),
                Loc.T("请选择机构类型", "Choose a body type"));
        var node = r.NodeId is { } nid ? await db.Regions.SingleOrDefaultAsync(x => x.Id == nid, ct) : null;
        check.That(node is not null, nameof(r.NodeId), Loc.T("所属节点不存在或不在您的数据范围内",
            "The node does not exist or is outside your data scope"));
        if (r.ParentBodyId is { } pid)
            check.That(await db.Bodies.AnyAsync(x => x.Id == pid && x.Id != id, ct), nameof(r.ParentBodyId),
                Loc.T("上级机构不存在或不在您的数据范围内",
                    "The parent body does not exist or is outside your data scope"));
        check.ThrowIfAny();

        var body = id is { } existing
            ? await db.Bodies.SingleOrDefaultAsync(x => x.Id == existing, ct)
                ?? throw new NotFoundException(Loc.T("机构", "Body"))
            : db.Bodies.Add(new Body { Name = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(body).Property(x => x.Version).OriginalValue = r.Version;
        body.Name = r.Name!.Trim();
        body.Type = r.Type!.Value;
        body.NodeId = node!.Id;
        body.NodePath = node.NodePath;
        body.ParentBodyId = r.ParentBodyId;
        body.Description = Check.Clean(r.Description);
        await db.SaveChangesAsync(ct);
        return body.Id;
    }
}
