namespace Storyline.Eval.Rouge;

/// <summary>
/// The 48-bit linear congruential generator behind Perl's <c>srand</c>/<c>rand</c> (drand48, which Perl
/// uses on every platform since 5.20 and used on Linux before). ROUGE seeds its bootstrap sample i
/// with <c>srand(i)</c>, so the reported averages can be reproduced exactly only with this generator.
/// </summary>
public sealed class Drand48(uint seed)
{
    private const ulong Multiplier = 0x5DEECE66DUL;
    private const ulong Increment = 0xBUL;
    private const ulong Mask = (1UL << 48) - 1;

    private ulong state = ((ulong)seed << 16) | 0x330EUL;

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble()
    {
        state = (Multiplier * state + Increment) & Mask;
        return state / (double)(1UL << 48);
    }

    /// <summary>Perl's <c>int(rand(n))</c>.</summary>
    public int NextIndex(int count) => (int)(NextDouble() * count);
}
