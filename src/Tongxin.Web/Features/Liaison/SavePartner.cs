namespace Tongxin.Web.Features.Liaison;

/// <summary>A 同心联盟 partner (LIA-3), registered at the user's own node (the one running the alliance).</summary>
public sealed class SavePartner(TongxinDb db, CurrentUser user) : IHandler
{
    public sealed record Request(string? Name, string? Kind, string? Contact);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var home = user.NodePath ?? "";
        var node = await db.Regions.AsNoTracking().SingleOrDefaultAsync(x => x.NodePath == home, ct);
        var check = new Check().Required(nameof(r.Name), Loc.T("名称", "Name"), r.Name, 200)
            .That(AlliancePartner.Kinds.Contains(r.Kind), nameof(r.Kind), Loc.T("请选择类别", "Choose a kind"))
            .Optional(nameof(r.Contact), Loc.T("联系人", "Contact"), r.Contact, 100)
            .That(node is not null, nameof(r.Name), Loc.T("您的账号没有所属节点，不能登记联盟成员",
                "Your account has no node to register a partner at"));
        if (!check.HasErrors)
        {
            var name = r.Name!.Trim();
            check.That(!await db.Set<AlliancePartner>().AnyAsync(p => p.Name == name, ct), nameof(r.Name),
                Loc.T($"联盟成员“{name}”已登记", $"“{name}” is already registered"));
        }
        check.ThrowIfAny();
        var p = db.Set<AlliancePartner>().Add(new AlliancePartner
        {
            Name = r.Name!.Trim(), Kind = r.Kind!, Contact = Check.Clean(r.Contact), NodeId = node!.Id,
            NodePath = node.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return p.Id;
    }
}
