namespace Storyline.Core.Serialization;

/// <summary>
/// A TIMEX3 time expression. <c>start</c>/<c>end</c> are character offsets like every other span,
/// so the expression's own bounds (TIMEX3 beginPoint/endPoint) are <c>span_begin</c>/<c>span_end</c>.
/// </summary>
public sealed record TimeJson(
    int Start,
    int End,
    string Text,
    string Type,
    string Value,
    string? Mod,
    string? SpanBegin,
    string? SpanEnd);
