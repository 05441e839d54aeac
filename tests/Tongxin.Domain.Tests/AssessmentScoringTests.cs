using Tongxin.Domain.Assessment;

namespace Tongxin.Domain.Tests;

public sealed class AssessmentScoringTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), A1 = Guid.NewGuid(), A2 = Guid.NewGuid();

    [Fact]
    [Trait("Req", "ASM-1")]
    public void A_scheme_that_sums_to_100_with_consistent_categories_is_valid()
    {
        SchemeRules.Validate([new(A, null, "基础工作", 600), new(A1, A, "台账", 300), new(A2, A, "例会", 300),
            new(B, null, "机构建设", 400)]).ShouldBeEmpty();
    }

    [Theory]
    [Trait("Req", "ASM-1")]
    [InlineData(550, 250, 300, 400, "一级指标合计 95.0 分，应为 100 分")]
    [InlineData(600, 300, 300, 450, "一级指标合计 105.0 分，应为 100 分")]
    [InlineData(600, 300, 250, 400, "“基础工作”下各项合计 55.0 分，与其分值 60.0 分不符")]
    [InlineData(600, 600, 0, 400, "“例会”的分值应大于 0")]
    public void A_scheme_that_does_not_add_up_names_what_is_wrong(int a, int b, int a2, int bb, string error)
    {
        var nodes = new SchemeNode[] { new(A, null, "基础工作", a), new(A1, A, "台账", b),
            new(A2, A, "例会", a2), new(B, null, "机构建设", bb) };
        SchemeRules.Validate(nodes).ShouldContain(error);
    }

    [Fact]
    [Trait("Req", "ASM-1")]
    public void An_empty_scheme_or_an_orphan_item_is_refused()
    {
        SchemeRules.Validate([]).ShouldContain("方案还没有指标");
        SchemeRules.Validate([new(A, null, "基础工作", 1000), new(A1, Guid.NewGuid(), "孤立项", 10)])
            .ShouldContain("“孤立项”的上级指标不存在");
    }

    [Fact]
    [Trait("Req", "ASM-1")]
    public void Leaves_are_scored_and_each_knows_its_category()
    {
        var nodes = new SchemeNode[] { new(A, null, "基础工作", 600), new(A1, A, "台账", 300),
            new(A2, A, "例会", 300), new(B, null, "机构建设", 400) };
        SchemeRules.Leaves(nodes).Select(n => n.Title).ShouldBe(["台账", "例会", "机构建设"]);
        SchemeRules.Category(nodes, nodes[2]).Title.ShouldBe("基础工作");
        SchemeRules.Category(nodes, nodes[3]).Title.ShouldBe("机构建设");
    }

    [Theory]
    [Trait("Req", "ASM-2")]
    [Trait("Req", "ASM-3")]
    // points, auto, autoScore, self, evidence, district, reviewers ("" = did not score), final, basis, scored, missing
    // auto items ignore hand scores
    [InlineData(50, true, 30, 50, true, 50, "50,50", 30, ScoreBasis.Auto, 0, 0)]
    // auto clamped to the points
    [InlineData(50, true, 80, null, false, null, "", 50, ScoreBasis.Auto, 0, 0)]
    [InlineData(50, false, null, 45, true, 40, "40,45,41", 42, ScoreBasis.ReviewerMean, 3, 0)]     // 4.2 points
    // 4.25 points → 4.3
    [InlineData(50, false, null, 45, true, 40, "40,45", 43, ScoreBasis.ReviewerMean, 2, 0)]
    // a reviewer who did not score is left out
    [InlineData(50, false, null, 45, true, 40, "40,,45", 43, ScoreBasis.ReviewerMean, 2, 1)]
    // nobody scored: the district's score
    [InlineData(50, false, null, 45, true, 40, ",,", 40, ScoreBasis.District, 0, 3)]
    // only the self score, with evidence
    [InlineData(50, false, null, 45, true, null, "", 45, ScoreBasis.Self, 0, 0)]
    // a town with no evidence
    [InlineData(50, false, null, 45, false, null, "", 0, ScoreBasis.NoEvidence, 0, 0)]
    [InlineData(50, false, null, null, false, null, "", 0, ScoreBasis.NoEvidence, 0, 0)]
    // an out-of-range score is clamped first
    [InlineData(50, false, null, 45, true, 40, "60,50", 50, ScoreBasis.ReviewerMean, 2, 0)]
    [InlineData(30, false, null, 45, true, -5, "", 0, ScoreBasis.District, 0, 0)]
    public void Item_scores(int points, bool auto, int? autoScore, int? self, bool evidence, int? district,
        string reviewers, int final, ScoreBasis basis, int scored, int missing)
    {
        var list = reviewers.Length == 0 ? []
            : reviewers.Split(',').Select(s => s.Length == 0 ? (int?)null : int.Parse(s)).ToList();
        var r = Scoring.Item(new ItemInput(A, points, auto, autoScore, self, evidence, district, list));
        r.Final.ShouldBe(final);
        r.Basis.ShouldBe(basis);
        r.ReviewersScored.ShouldBe(scored);
        r.ReviewersMissing.ShouldBe(missing);
        r.Lost.ShouldBe(points - final);
    }

    [Theory]
    [Trait("Req", "ASM-3")]
    [InlineData("40,45", 43)]      // 4.25 → 4.3
    [InlineData("40,41,41", 41)]   // 4.067 → 4.1
    [InlineData("40,40,41", 40)]   // 4.033 → 4.0
    [InlineData("925,880,901", 902)]
    [InlineData("-3,-4", -4)]      // half away from zero
    [InlineData("7", 7)]
    public void Mean_rounds_half_away_from_zero_to_a_tenth(string scores, int mean)
    {
        Points.Mean(scores.Split(',').Select(int.Parse).ToList()).ShouldBe(mean);
    }

    [Theory]
    [Trait("Req", "ASM-1")]
    [InlineData("12", 120)]
    [InlineData("12.5", 125)]
    [InlineData(" 0 ", 0)]
    [InlineData("12.55", null)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void Points_parse_to_tenths(string text, int? tenths) => Points.Parse(text).ShouldBe(tenths);

    [Fact]
    [Trait("Req", "ASM-2")]
    public void Totals_self_reviewer_and_share()
    {
        var items = new[]
        {
            new ItemInput(A, 300, true, 250, null, false, null, [null, null]),
            new ItemInput(A1, 400, false, null, 380, true, 350, [360, null]),
            new ItemInput(A2, 300, false, null, 300, false, 200, [250, 270]),
        };
        Scoring.SelfTotal(items).ShouldBe(250 + 380 + 0); // the item without evidence claims nothing
        Scoring.ReviewerTotal(items, 0).ShouldBe(250 + 360 + 250);
        Scoring.ReviewerTotal(items, 1).ShouldBe(250 + 0 + 270);
        Scoring.Total(Scoring.Items(items)).ShouldBe(250 + 360 + 260);
        Scoring.Share(50, 18, 22).ShouldBe(41);   // 5 × 18/22 = 4.09 → 4.1
        Scoring.Share(50, 0, 0).ShouldBe(0);
        Scoring.Share(50, 25, 22).ShouldBe(50);
        Points.Format(925).ShouldBe("92.5");
    }

    [Fact]
    [Trait("Req", "ASM-4")]
    public void Ranking_shares_places_on_ties_and_flags_below_the_threshold()
    {
        Guid t1 = Guid.NewGuid(), t2 = Guid.NewGuid(), t3 = Guid.NewGuid(), t4 = Guid.NewGuid();
        var r = Ranking.Rank([(t1, 900), (t2, 950), (t3, 900), (t4, 590)], 600).ToDictionary(x => x.TownId);
        r[t2].Rank.ShouldBe(1);
        r[t1].Rank.ShouldBe(2);
        r[t3].Rank.ShouldBe(2);
        r[t4].Rank.ShouldBe(4);
        r[t4].Flagged.ShouldBeTrue();
        r[t1].Flagged.ShouldBeFalse();
        Ranking.Rank([(t1, 600)], 600)[0].Flagged.ShouldBeFalse(); // exactly at the threshold is not below it
    }
}
