using Tongxin.Domain.Plans;

namespace Tongxin.Data.Seed;

public static partial class FengchengDemo
{
    /// <summary>Collects the demo's tasks with their milestones, progress updates and warning history.</summary>
    private sealed class PlanRows
    {
        public readonly List<WorkTask> Tasks = [];
        public readonly List<Milestone> Milestones = [];
        public readonly List<ProgressUpdate> Updates = [];
        public readonly List<WarningEvent> Events = [];

        public WorkTask Add(Region node, string title, string unit, string lead, string metric, int target,
            DateOnly starts, DateOnly ends, string metricUnit = "项", Guid? plan = null, Guid? goal = null,
            Guid? project = null, Guid? line = null, string? duty = null)
        {
            var t = new WorkTask
            {
                PlanId = plan, GoalId = goal, ProjectId = project, WorkLineId = line, Title = title,
                OwnerUnit = unit, Lead = lead, Metric = metric, MetricUnit = metricUnit, Target = target,
                Duty = duty ?? $"{unit}牵头负责{title}，明确专人、按节点推进、按月报送进展",
                Evaluation = $"以“{metric}”计，完成 {target} {metricUnit}为达标，按完成比例计分；" +
                    "进展须附照片或文件佐证，无佐证的不计分",
                StartsOn = starts, EndsOn = ends, Year = ends.Year, SortOrder = Tasks.Count + 1,
                NodeId = node.Id, NodePath = node.NodePath,
            };
            Tasks.Add(t);
            return t;
        }

        public Milestone Milestone(WorkTask t, string title, DateOnly due, DateOnly? done = null,
            DateOnly? firstDue = null)
        {
            var m = new Milestone
            {
                TaskId = t.Id, Title = title, DueOn = due, FirstDueOn = firstDue ?? due, DoneOn = done,
                SortOrder = Milestones.Count(x => x.TaskId == t.Id) + 1, NodeId = t.NodeId, NodePath = t.NodePath,
            };
            Milestones.Add(m);
            return m;
        }

        /// <summary>A progress update; only one with evidence moves <see cref="WorkTask.Done"/> (PLN-7).</summary>
        public void Update(WorkTask t, DateOnly date, int done, string text, bool evidence = true)
        {
            Updates.Add(new ProgressUpdate
            {
                TaskId = t.Id, Date = date, Done = done, Text = text, HasEvidence = evidence,
                RecordedByName = t.Lead, NodeId = t.NodeId, NodePath = t.NodePath,
            });
            if (t.LastUpdateOn is null || date > t.LastUpdateOn) t.LastUpdateOn = date;
            if (evidence && (t.LastEvidenceOn is null || date >= t.LastEvidenceOn))
                (t.LastEvidenceOn, t.Done) = (date, done);
        }

        /// <summary>A task of a past period, met in full: two milestones done, two updates with evidence.</summary>
        public WorkTask Finished(WorkTask t, string first = "完成部署和阶段推进", string last = "完成并通过验收")
        {
            var mid = t.StartsOn.AddDays((t.EndsOn.DayNumber - t.StartsOn.DayNumber) / 2);
            var end = t.EndsOn.AddDays(-15);
            Milestone(t, first, mid, mid.AddDays(-2));
            Milestone(t, last, end, end.AddDays(-3));
            Update(t, mid.AddDays(-2), t.Target / 2, $"（演示）{first}，完成 {t.Target / 2} {t.MetricUnit}");
            Update(t, end.AddDays(-3), t.Target, $"（演示）{last}，全年完成 {t.Target} {t.MetricUnit}");
            return t;
        }

        public void Event(WorkTask t, WarningLevel level, DateOnly raised, string reason, string? acknowledgedBy)
            => Events.Add(new WarningEvent
            {
                SubjectType = nameof(WorkTask), SubjectId = t.Id, Level = level, RaisedOn = raised, Reason = reason,
                AcknowledgedUtc = acknowledgedBy is null ? null
                    : raised.AddDays(1).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc),
                AcknowledgedBy = acknowledgedBy, NodeId = t.NodeId, NodePath = t.NodePath,
            });

        public async Task SaveAsync(TongxinDb db, string uploadsPath, CancellationToken ct)
        {
            db.Set<WorkTask>().AddRange(Tasks);
            db.Set<Milestone>().AddRange(Milestones);
            db.Set<ProgressUpdate>().AddRange(Updates);
            db.Set<WarningEvent>().AddRange(Events);
            foreach (var u in Updates.Where(u => u.HasEvidence))
            {
                db.Set<EvidenceFile>().Add(await WriteEvidenceAsync(uploadsPath, nameof(ProgressUpdate), u.Id,
                    photo: true, u.NodeId, u.NodePath, ct));
                u.FileCount = 1;
            }
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Demo names of the towns' 统战委员, who lead their towns' tasks.</summary>
    private static readonly Dictionary<string, string> TownLeads = new()
    {
        ["坛山街道"] = "孔德林（演示）", ["吴林街道"] = "褚文华（演示）", ["古邵镇"] = "魏建民（演示）",
        ["阴平镇"] = "蒋春燕（演示）", ["底阁镇"] = "韩立军（演示）", ["榴园镇"] = "杨晓梅（演示）",
        ["峨山镇"] = "朱洪涛（演示）", ["经济开发区"] = "秦玉山（演示）",
    };

    /// <summary>部领导 (demo names): they lead projects and work lines.</summary>
    private const string Minister = "李卫东（演示）", Deputy = "马俊峰（演示）", Deputy2 = "田秀英（演示）",
        Deputy3 = "高志远（演示）", ReligionHead = "陈志强（演示）";
}
