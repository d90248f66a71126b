namespace Storyline.Eval.Quantities;

/// <summary>
/// One quantity in NewsQuant's format (CQE, EMNLP 2023). <paramref name="Value"/> is a number, or
/// "low-high" for a range; <paramref name="Change"/> is one of "=", "~", "&gt;", "&lt;", "up", "down".
/// </summary>
public sealed record NewsQuantQuantity(string Value, string Change, string NormalizedUnit);

/// <summary>A sentence with its gold quantities.</summary>
public sealed record NewsQuantSentence(string Text, IReadOnlyList<NewsQuantQuantity> Quantities);
