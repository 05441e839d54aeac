using Tongxin.Domain.Audit;

namespace Tongxin.Domain.Tests;

public sealed class AuditChainTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    private static List<(string Canonical, string PrevHash, string Hash)> Chain(params string[] rows)
    {
        var list = new List<(string, string, string)>();
        var prev = AuditChain.Genesis;
        foreach (var r in rows)
        {
            var h = AuditChain.Hash(Key, prev, r);
            list.Add((r, prev, h));
            prev = h;
        }
        return list;
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public void An_intact_chain_verifies() => AuditChain.FirstBroken(Key, Chain("a", "b", "c")).ShouldBe(-1);

    [Fact]
    [Trait("Req", "SEC-14")]
    public void An_altered_row_is_named()
    {
        var chain = Chain("a", "b", "c");
        chain[1] = ("B", chain[1].PrevHash, chain[1].Hash);
        AuditChain.FirstBroken(Key, chain).ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public void A_removed_row_breaks_the_next_one()
    {
        var chain = Chain("a", "b", "c");
        chain.RemoveAt(1);
        AuditChain.FirstBroken(Key, chain).ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public void Another_key_cannot_forge_the_chain() =>
        AuditChain.FirstBroken(new byte[32], Chain("a")).ShouldBe(0);

    [Theory]
    [Trait("Req", "ACC-4")]
    [InlineData("370404199001011234", "3704**********1234")]
    [InlineData("13812345678", "138****5678")]
    public void Masks_keep_only_the_ends(string value, string masked) =>
        (value.Length == 18 ? Mask.IdNumber(value) : Mask.Phone(value)).ShouldBe(masked);

    [Fact]
    [Trait("Req", "PPL-5")]
    public void Full_width_forms_fold_to_half_width() => Width.ToHalfWidth("ＡＢＣ１２３　x")
        .ShouldBe("ABC123 x");
}
