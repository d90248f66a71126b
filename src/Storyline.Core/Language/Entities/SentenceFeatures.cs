namespace Storyline.Core.Language.Entities;

/// <summary>The feature keys of each token of one sentence: token i owns Keys[Offsets[i]..Offsets[i + 1]].</summary>
public sealed record SentenceFeatures(ulong[] Keys, int[] Offsets)
{
    public int Length => Offsets.Length - 1;

    /// <summary>Each token's keys from this sentence followed by its keys from <paramref name="more"/>.</summary>
    public SentenceFeatures Concat(SentenceFeatures more)
    {
        if (more.Length != Length)
        {
            throw new ArgumentException($"Cannot join features of {Length} and {more.Length} tokens.", nameof(more));
        }

        var keys = new ulong[Keys.Length + more.Keys.Length];
        var offsets = new int[Offsets.Length];
        var written = 0;
        for (var i = 0; i < Length; i++)
        {
            offsets[i] = written;
            var own = Keys.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);
            own.CopyTo(keys.AsSpan(written));
            written += own.Length;
            var extra = more.Keys.AsSpan(more.Offsets[i], more.Offsets[i + 1] - more.Offsets[i]);
            extra.CopyTo(keys.AsSpan(written));
            written += extra.Length;
        }

        offsets[Length] = written;
        return new SentenceFeatures(keys, offsets);
    }
}
