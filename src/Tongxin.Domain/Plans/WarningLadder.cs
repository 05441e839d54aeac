namespace Tongxin.Domain.Plans;

/// <summary>
/// PLN-5, PLN-6, PLN-7 as a pure function. Only evidenced updates count (报喜不报忧 is the known
/// failure): the value judged is the latest evidenced one, and the stall clock runs from the latest evidenced
/// update (or the start). A task whose target is met is 正常. Otherwise the highest level that applies:
/// 通报 — overdue by <see cref="LadderSettings.ReportDays"/> days or more; 红 — an open milestone or the
/// period's end has passed; 黄 — behind the pace (done ÷ target &lt; elapsed share, judged once the period is
/// <see cref="LadderSettings.StallDays"/> old) or no evidenced update for that many days; 蓝 — an open
/// milestone or the end is due within <see cref="LadderSettings.BlueDays"/> days.
/// </summary>
public static class WarningLadder
{
    public static Verdict Judge(TaskFacts task, DateOnly today, LadderSettings settings)
    {
        var evidenced = task.Updates.Where(u => u.HasEvidence && u.Date <= today).OrderBy(u => u.Date).ToList();
        var done = evidenced.Count > 0 ? evidenced[^1].Done : 0;
        var last = evidenced.Count > 0 ? evidenced[^1].Date : (DateOnly?)null;
        Verdict Say(WarningLevel level, string reason) => new(level, reason, done, last);

        if (done >= task.Target) return Say(WarningLevel.None, Lang.T("已完成目标", "Target met"));
        if (today < task.StartsOn) return Say(WarningLevel.None, Lang.T("尚未开始", "Not started"));
        var open = task.Milestones.Where(m => m.DoneOn is null).Select(m => m.DueOn).ToList();
        var due = open.Append(task.EndsOn).ToList();
        if (due.Where(d => d < today).DefaultIfEmpty().Min() is var overdue && overdue != default)
        {
            var days = today.DayNumber - overdue.DayNumber;
            return Say(days >= settings.ReportDays ? WarningLevel.Reported : WarningLevel.Red,
                open.Contains(overdue)
                    ? Lang.T($"节点 {overdue:yyyy-MM-dd} 已逾期 {days} 天",
                        $"A milestone due {overdue:yyyy-MM-dd} is {days} days overdue")
                    : Lang.T($"任务期限 {overdue:yyyy-MM-dd} 已过 {days} 天，完成 {done}/{task.Target}",
                        $"The period ended {overdue:yyyy-MM-dd}, {days} days ago; {done}/{task.Target} done"));
        }
        var elapsed = today.DayNumber - task.StartsOn.DayNumber + 1;
        var period = task.EndsOn.DayNumber - task.StartsOn.DayNumber + 1;
        // the stall clock never starts before the task does: evidence filed ahead of the start does not age it
        var quiet = today.DayNumber - (last is { } l && l > task.StartsOn ? l : task.StartsOn).DayNumber;
        if (quiet >= settings.StallDays)
            return Say(WarningLevel.Yellow, last is null
                ? Lang.T($"开始 {quiet} 天未报送有佐证的进展", $"No evidenced update in the {quiet} days since the start")
                : Lang.T($"{quiet} 天未报送有佐证的进展", $"No evidenced update for {quiet} days"));
        if (elapsed >= settings.StallDays && (long)done * period < (long)task.Target * elapsed)
            return Say(WarningLevel.Yellow, Lang.T(
                $"进度滞后：时间已过 {Percent(elapsed, period)}%，任务完成 {Percent(done, task.Target)}%",
                $"Behind pace: {Percent(elapsed, period)}% of the time gone, {Percent(done, task.Target)}% done"));
        var soon = due.Where(d => d.DayNumber - today.DayNumber <= settings.BlueDays).DefaultIfEmpty().Min();
        if (soon != default)
        {
            var left = soon.DayNumber - today.DayNumber;
            return Say(WarningLevel.Blue, Lang.T($"节点 {soon:yyyy-MM-dd} 将在 {left} 天内到期",
                $"Due {soon:yyyy-MM-dd}, in {left} days"));
        }
        return Say(WarningLevel.None, Lang.T("正常", "On track"));
    }

    /// <summary>
    /// 整改事项 on the ladder (LIA-2): 蓝 when due within the blue window, 红 when overdue, 通报 when
    /// overdue long; a closed item is 正常.
    /// </summary>
    public static (WarningLevel Level, string Reason) JudgeItem(DateOnly dueOn, bool closed, DateOnly today,
        LadderSettings settings)
    {
        if (closed) return (WarningLevel.None, Lang.T("已销账", "Closed"));
        var days = today.DayNumber - dueOn.DayNumber;
        if (days > 0)
            return (days >= settings.ReportDays ? WarningLevel.Reported : WarningLevel.Red,
                Lang.T($"整改期限 {dueOn:yyyy-MM-dd} 已逾期 {days} 天",
                    $"Due {dueOn:yyyy-MM-dd}, {days} days overdue"));
        return -days <= settings.BlueDays
            ? (WarningLevel.Blue, Lang.T($"整改将在 {-days} 天内到期", $"Due in {-days} days"))
            : (WarningLevel.None, Lang.T("正常", "On track"));
    }

    /// <summary>
    /// A milestone can be moved only inside its task's period, and not once it is overdue: moving it then would
    /// turn 红 back to 正常 without doing anything. Null when the move is allowed, else why not.
    /// </summary>
    public static string? RefuseMove(DateOnly currentDue, DateOnly newDue, DateOnly startsOn, DateOnly endsOn,
        DateOnly today)
    {
        if (newDue < startsOn || newDue > endsOn)
            return Lang.T($"节点日期应在任务期限 {startsOn:yyyy-MM-dd} 至 {endsOn:yyyy-MM-dd} 之内",
                $"The milestone must fall within the task's period, {startsOn:yyyy-MM-dd} to {endsOn:yyyy-MM-dd}");
        if (currentDue < today && newDue != currentDue)
            return Lang.T("已逾期的节点不能调整日期，请先完成或说明情况", "An overdue milestone cannot be moved");
        return null;
    }

    private static int Percent(long part, long whole) => whole <= 0 ? 0 : (int)(part * 100 / whole);
}
