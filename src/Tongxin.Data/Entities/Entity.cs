namespace Tongxin.Data.Entities;

/// <summary>Ids are UUID v7, made by the app, so audit rows can name an object before it is saved.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>App-set optimistic concurrency token (SEC-25), bumped on every update.</summary>
    public long Version { get; set; }
}

/// <summary>Anything that belongs to a region node; the shared scope filter applies to it (ACC-2, SEC-8).</summary>
public interface INodeScoped
{
    Guid NodeId { get; set; }
    string NodePath { get; set; }
}

/// <summary>
/// A row whose node must exist: <see cref="INodeScoped.NodeId"/> is a foreign key to the region table (restrict on
/// delete), set by convention (<c>ModelConventions</c>).
/// </summary>
public interface IRegionKeyed : INodeScoped;

/// <summary>Reference data published by a node: readable (never writable) by users below it (ACC-2).</summary>
public interface IReferenceData : INodeScoped;

/// <summary>
/// Operational data that can belong to one 成员单位: a user bound to a unit sees only that unit's rows (ACC-3).
/// </summary>
public interface IUnitScoped : INodeScoped
{
    Guid? MemberUnitId { get; set; }
}
