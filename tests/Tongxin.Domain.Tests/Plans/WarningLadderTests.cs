using Tongxin.Domain.Plans;

namespace Tongxin.Domain.Tests.Plans;

/// <summary>
/// The warning ladder (PLN-5, PLN-6, PLN-7), row by row at its boundaries, with the default settings: 蓝 within 7 days
/// of a due date, 黄 after 30 days without an evidenced update or behind the pace, 红 overdue, 通报 at 14 days.
/// Dates are written "yyyy-MM-dd"; milestones "due" or "due>done", updates "date:done" with "+" for evidence,
/// several separated by ";".
/// </summary>
public sealed class WarningLadderTests
{
    private static readonly LadderSettings Settings = LadderSettings.Default;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static TaskFacts Task(string start, string end, int target, string? milestones = null,
        string? updates = null) =>
        new(D(start), D(end), target,
            Split(milestones).Select(m => m.Split('>') is var p && p.Length == 2
                ? new MilestoneDate(D(p[0]), D(p[1])) : new MilestoneDate(D(m))).ToList(),
            Split(updates).Select(u => u.TrimEnd('+').Split(':') is var p
                ? new ProgressPoint(D(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
                    u.EndsWith('+'))
                : throw new ArgumentException(u)).ToList());

    private static string[] Split(string? s) =>
        s is null ? [] : s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Theory]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "PLN-5")]
    // case, today, milestones, expected — a year-long task, 9 of 10 done with evidence on 02-25 (on pace, not stalled)
    [InlineData("milestone in exactly 7 days: 蓝", "2026-03-01", "2026-03-08", WarningLevel.Blue)]
    [InlineData("milestone in 8 days: nothing yet", "2026-03-01", "2026-03-09", WarningLevel.None)]
    [InlineData("the due day itself is 蓝, not 红", "2026-03-01", "2026-03-01", WarningLevel.Blue)]
    [InlineData("the day after: 红", "2026-03-01", "2026-02-28", WarningLevel.Red)]
    [InlineData("13 days overdue: still 红", "2026-03-01", "2026-02-16", WarningLevel.Red)]
    [InlineData("exactly 14 days overdue: 通报", "2026-03-01", "2026-02-15", WarningLevel.Reported)]
    [InlineData("long overdue: 通报", "2026-03-01", "2026-01-10", WarningLevel.Reported)]
    [InlineData("a milestone done (even late) no longer counts", "2026-03-01", "2026-02-10>2026-02-20",
        WarningLevel.None)]
    [InlineData("the earliest open milestone decides", "2026-03-01", "2026-02-28;2026-03-05;2026-01-01>2026-01-01",
        WarningLevel.Red)]
    [InlineData("no milestones at all: 正常", "2026-03-01", null, WarningLevel.None)]
    public void Milestone_boundaries(string @case, string today, string? milestones, WarningLevel expected)
    {
        var v = WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, milestones, "2026-02-25:9+"), D(today),
            Settings);
        v.Level.ShouldBe(expected, @case);
        v.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [Trait("Req", "PLN-6")]
    // the period's own end, 9 of 10 done with evidence ten days before
    [InlineData("2026-06-23", WarningLevel.Blue)]      // ends in exactly 7 days
    [InlineData("2026-06-22", WarningLevel.None)]      // 8 days
    [InlineData("2026-07-01", WarningLevel.Red)]       // the day after the end
    [InlineData("2026-07-13", WarningLevel.Red)]       // 13 days after
    [InlineData("2026-07-14", WarningLevel.Reported)]  // 14 days after
    public void Period_end_boundaries(string today, WarningLevel expected)
    {
        var d = D(today);
        var update = $"{d.AddDays(-10):yyyy-MM-dd}:9+";
        WarningLadder.Judge(Task("2026-06-01", "2026-06-30", 10, updates: update), d, Settings).Level
            .ShouldBe(expected);
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    public void The_reasons_name_the_date_and_the_days()
    {
        var red = WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, "2026-02-15", "2026-02-25:9+"),
            D("2026-03-01"), Settings);
        red.Reason.ShouldContain("2026-02-15");
        red.Reason.ShouldContain("14 天");
        var ended = WarningLadder.Judge(Task("2026-06-01", "2026-06-30", 10, updates: "2026-06-25:9+"),
            D("2026-07-02"), Settings);
        ended.Reason.ShouldContain("9/10");
        WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, "2026-03-05", "2026-02-25:9+"), D("2026-03-01"),
            Settings).Reason.ShouldContain("4 天内");
    }

    [Theory]
    [Trait("Req", "PLN-5")]
    [Trait("Req", "PLN-6")]
    // case, today, updates, expected — start 2026-01-01, target 10, no milestone near
    [InlineData("exactly 30 days since the last evidenced update: 黄", "2026-03-03", "2026-02-01:9+",
        WarningLevel.Yellow)]
    [InlineData("29 days: nothing", "2026-03-02", "2026-02-01:9+", WarningLevel.None)]
    [InlineData("an update without evidence does not restart the clock", "2026-03-03", "2026-02-01:9+;2026-03-01:9",
        WarningLevel.Yellow)]
    [InlineData("the same update with evidence does", "2026-03-03", "2026-02-01:9+;2026-03-01:9+", WarningLevel.None)]
    [InlineData("an update dated after today is not counted yet", "2026-03-03", "2026-02-01:9+;2026-03-10:9+",
        WarningLevel.Yellow)]
    [InlineData("a period just started: nothing", "2026-01-01", null, WarningLevel.None)]
    [InlineData("ten days in, nothing reported: nothing yet", "2026-01-11", null, WarningLevel.None)]
    [InlineData("not started yet: nothing", "2025-12-01", null, WarningLevel.None)]
    [InlineData("30 days from the start without evidence: 黄", "2026-01-31", null, WarningLevel.Yellow)]
    public void Stalled_updates(string @case, string today, string? updates, WarningLevel expected) =>
        WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, updates: updates), D(today), Settings).Level
            .ShouldBe(expected, @case);

    [Fact]
    [Trait("Req", "PLN-5")]
    public void Evidence_filed_before_the_start_does_not_age_the_task()
    {
        // a task starting 03-01 with evidence of 02-10: 19 days into the task, not 38 days stalled
        var facts = Task("2026-03-01", "2026-12-31", 10, updates: "2026-02-10:9+");
        WarningLadder.Judge(facts, D("2026-03-20"), Settings).Level.ShouldBe(WarningLevel.None);
        WarningLadder.Judge(facts, D("2026-03-31"), Settings).Level.ShouldBe(WarningLevel.Yellow);
    }

    [Theory]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "PLN-6")]
    // a task in its 36th quiet day: the latest update (02-20) says the target of 10 is met
    [InlineData(false, WarningLevel.Yellow, 9)]  // without evidence: not counted, does not lift 黄
    [InlineData(true, WarningLevel.None, 10)]    // with evidence: counted, 正常
    public void An_update_counts_only_with_evidence(bool evidence, WarningLevel expected, int counted)
    {
        var v = WarningLadder.Judge(
            Task("2026-01-01", "2026-12-31", 10, updates: "2026-01-15:9+;2026-02-20:10" + (evidence ? "+" : "")),
            D("2026-02-20"), Settings);
        (v.Level, v.Done).ShouldBe((expected, counted));
        v.LastEvidenceOn.ShouldBe(evidence ? D("2026-02-20") : D("2026-01-15"));
    }

    [Theory]
    [Trait("Req", "PLN-6")]
    // 时间过半、任务过半 — a 365-day task of 10, evidenced the day before (not stalled)
    [InlineData("2026-07-02", 4, WarningLevel.Yellow)] // half the time gone, less than half done
    [InlineData("2026-07-02", 6, WarningLevel.None)]   // more than half done
    [InlineData("2026-07-01", 5, WarningLevel.None)]   // 182 of 365 days gone, half done: on pace
    [InlineData("2026-07-02", 5, WarningLevel.Yellow)] // 183 of 365 days gone (just over half), half done
    [InlineData("2026-04-01", 2, WarningLevel.Yellow)] // a quarter gone, a fifth done: behind the pace
    [InlineData("2026-04-01", 3, WarningLevel.None)]
    [InlineData("2026-01-20", 0, WarningLevel.None)]   // under 30 days in: pace not judged yet
    public void Pace(string today, int done, WarningLevel expected)
    {
        var d = D(today);
        var v = WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10,
            updates: done > 0 ? $"{d.AddDays(-1):yyyy-MM-dd}:{done}+" : null), d, Settings);
        v.Level.ShouldBe(expected);
        if (expected == WarningLevel.Yellow) v.Reason.ShouldContain("进度滞后");
    }

    [Theory]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "PLN-7")]
    // a target already met is 正常, even when overdue — but only when met with evidence
    [InlineData("2026-06-30:10+", "2026-09-01", WarningLevel.None)]
    [InlineData("2026-06-30:12+", "2026-09-01", WarningLevel.None)]
    [InlineData("2026-06-30:10", "2026-09-01", WarningLevel.Reported)]
    [InlineData("2026-06-30:10", "2026-07-05", WarningLevel.Red)]
    public void A_target_already_met(string updates, string today, WarningLevel expected) =>
        WarningLadder.Judge(Task("2026-01-01", "2026-06-30", 10, "2026-06-25", updates), D(today), Settings).Level
            .ShouldBe(expected);

    [Theory]
    [Trait("Req", "PLN-6")]
    // current due, new due, today, refused (and why) — a task running through 2026
    [InlineData("2026-06-01", "2027-01-05", "2026-03-01", "任务期限")]  // after the period
    [InlineData("2026-06-01", "2025-12-31", "2026-03-01", "任务期限")]  // before it
    [InlineData("2026-02-20", "2026-04-01", "2026-03-01", "已逾期")]    // an overdue one
    [InlineData("2026-06-01", "2026-07-01", "2026-03-01", null)]         // a future one
    [InlineData("2026-03-01", "2026-03-20", "2026-03-01", null)]         // due today is not overdue yet
    [InlineData("2026-02-20", "2026-02-20", "2026-03-01", null)]         // an overdue one, unchanged
    [InlineData("2026-06-01", "2026-12-31", "2026-03-01", null)]         // the last day of the period
    [InlineData("2026-06-01", "2026-01-01", "2026-03-01", null)]         // the first day
    public void Moving_a_milestone(string current, string moved, string today, string? refused)
    {
        var why = WarningLadder.RefuseMove(D(current), D(moved), D("2026-01-01"), D("2026-12-31"), D(today));
        if (refused is null) why.ShouldBeNull();
        else why.ShouldNotBeNull().ShouldContain(refused);
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    public void The_ladder_judges_a_moved_milestone_on_its_new_date()
    {
        var today = D("2026-03-01");
        var before = Task("2026-01-01", "2026-12-31", 10, "2026-03-05", "2026-02-25:9+");
        WarningLadder.Judge(before, today, Settings).Level.ShouldBe(WarningLevel.Blue);
        WarningLadder.RefuseMove(D("2026-03-05"), D("2026-04-15"), before.StartsOn, before.EndsOn, today)
            .ShouldBeNull();
        WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, "2026-04-15", "2026-02-25:9+"), today, Settings)
            .Level.ShouldBe(WarningLevel.None);
        WarningLadder.Judge(Task("2026-01-01", "2026-12-31", 10, "2026-04-15", "2026-02-25:9+"), D("2026-04-16"),
            Settings with { StallDays = 365 }).Level.ShouldBe(WarningLevel.Red, "and it goes red after the new date");
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    public void The_settings_move_the_boundaries()
    {
        var custom = new LadderSettings(BlueDays: 3, StallDays: 10, ReportDays: 5);
        var facts = Task("2026-01-01", "2026-12-31", 10, "2026-03-04", "2026-02-25:9+");
        WarningLadder.Judge(facts, D("2026-03-01"), custom).Level.ShouldBe(WarningLevel.Blue);
        WarningLadder.Judge(facts, D("2026-02-28"), custom).Level.ShouldBe(WarningLevel.None);
        WarningLadder.Judge(facts, D("2026-03-08"), custom).Level.ShouldBe(WarningLevel.Red);
        WarningLadder.Judge(facts, D("2026-03-09"), custom).Level.ShouldBe(WarningLevel.Reported);
        var quiet = Task("2026-01-01", "2026-12-31", 10, updates: "2026-02-25:9+");
        WarningLadder.Judge(quiet, D("2026-03-06"), custom).Level.ShouldBe(WarningLevel.None);
        WarningLadder.Judge(quiet, D("2026-03-07"), custom).Level.ShouldBe(WarningLevel.Yellow); // 10 days quiet
    }

    [Theory]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "LIA-2")]
    // 整改事项: due, closed, today, expected
    [InlineData("2026-03-08", false, "2026-03-01", WarningLevel.Blue)]      // due in exactly 7 days
    [InlineData("2026-03-09", false, "2026-03-01", WarningLevel.None)]      // 8 days
    [InlineData("2026-03-01", false, "2026-03-01", WarningLevel.Blue)]      // the due day
    [InlineData("2026-02-28", false, "2026-03-01", WarningLevel.Red)]       // the day after
    [InlineData("2026-02-16", false, "2026-03-01", WarningLevel.Red)]       // 13 days overdue
    [InlineData("2026-02-15", false, "2026-03-01", WarningLevel.Reported)]  // 14
    [InlineData("2026-01-01", true, "2026-03-01", WarningLevel.None)]       // closed: 正常 however late
    [InlineData("2026-03-05", true, "2026-03-01", WarningLevel.None)]
    public void Rectification_items(string due, bool closed, string today, WarningLevel expected)
    {
        var (level, reason) = WarningLadder.JudgeItem(D(due), closed, D(today), Settings);
        level.ShouldBe(expected);
        reason.ShouldNotBeNullOrWhiteSpace();
        if (expected >= WarningLevel.Red) reason.ShouldContain("已逾期");
    }
}
