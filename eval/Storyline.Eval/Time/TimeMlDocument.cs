using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>
/// One annotated document: its plain text, its creation time (DCT) and the gold time expressions
/// to score. <see cref="Excluded"/> holds text spans neither side is scored on: the creation-time
/// TIMEX3 when it sits inside the text (MEANTIME's dateline), as TE-3 never scores the DCT.
/// </summary>
public sealed record TimeMlDocument(
    string Name,
    string Text,
    DateOnly? CreationTime,
    ImmutableArray<GoldTimex> Timexes,
    ImmutableArray<TextRange> Excluded);
