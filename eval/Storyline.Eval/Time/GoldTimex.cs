using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>A gold TIMEX3: its extent over the document's plain text, its type and value as annotated.</summary>
public sealed record GoldTimex(TextRange Range, string Text, string Type, string Value);
