using CsCheck;
using Storyline.Core.Stories;

namespace Storyline.Core.Tests.Stories;

public class MinHasherTests
{
    private static readonly MinHasher Hasher = new(hashCount: 256);

    [Fact]
    public void Identical_texts_have_identical_signatures()
    {
        Gen.String[Gen.Char["abcdefgh ,.\n"], 0, 400].Sample(text =>
        {
            var first = Hasher.Sign(text);
            var second = Hasher.Sign(new string(text.AsSpan()));
            Assert.True(first.Values.SequenceEqual(second.Values), $"signatures of '{text}' differ");
            if (Shingles.Of(text).Count > 0)
            {
                Assert.Equal(1.0, first.EstimateJaccard(second));
            }
        });
    }

    [Fact]
    public void Estimate_is_within_tolerance_of_the_exact_Jaccard_similarity()
    {
        // Two sets drawn from a shared pool: their exact Jaccard is known, and with 256 hashes the
        // estimate's standard error is at most 0.5/16 = 0.031, so 0.15 is almost five errors.
        var sets = Gen.Select(Gen.ULong.Array[20, 300], Gen.ULong.Array[0, 300], Gen.ULong.Array[0, 300]);
        sets.Sample((shared, onlyA, onlyB) =>
        {
            var a = shared.Concat(onlyA).ToHashSet();
            var b = shared.Concat(onlyB).ToHashSet();
            var exact = a.Intersect(b).Count() / (double)a.Union(b).Count();
            var estimate = Hasher.Sign(a).EstimateJaccard(Hasher.Sign(b));
            Assert.InRange(estimate, exact - 0.15, exact + 0.15);
        });
    }

    [Fact]
    public void Unrelated_texts_do_not_collide()
    {
        var a = Hasher.Sign("The river rose three metres overnight and the barrage gave way before dawn near the delta.");
        var b = Hasher.Sign("Shares in the shipping company fell sharply after the quarterly results disappointed investors.");
        Assert.True(a.EstimateJaccard(b) < 0.05);
    }

    [Fact]
    public void Signatures_of_different_lengths_cannot_be_compared()
    {
        var a = new MinHasher(hashCount: 8).Sign("one two three four five six");
        var b = new MinHasher(hashCount: 16).Sign("one two three four five six");
        Assert.Throws<ArgumentException>(() => a.EstimateJaccard(b));
    }
}
