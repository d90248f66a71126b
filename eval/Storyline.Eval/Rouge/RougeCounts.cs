namespace Storyline.Eval.Rouge;

/// <summary>Raw ROUGE counts: matched n-grams, n-grams in the references, n-grams in the peer (per reference).</summary>
public readonly record struct RougeCounts(double Hit, double ModelCount, double PeerCount);
