using Tongxin.Data.Saving;

namespace Tongxin.Data.Statistics;

/// <summary>Marks the towns a save touches, in its transaction, so the dashboard recounts them (issue 6).</summary>
internal sealed class TallyMarkStep : ISaveStep
{
    public void OnSaving(SavingChanges save) =>
        save.Db.TallyMarks.AddRange(TallyCounter.Marks(save.Entries).Select(path => new TallyMark { NodePath = path }));
}
