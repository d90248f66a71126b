namespace Storyline.Core.Model;

/// <summary>
/// Reported speech: who said what. <see cref="Annotation.Range"/> is the cue ("said", "according
/// to", "told"); <paramref name="Source"/> is who said it ("the interior ministry", "he") or null
/// when the text names nobody; <paramref name="Content"/> is what was said.
/// </summary>
/// <param name="Direct">True when the content is a direct quotation in quotation marks.</param>
public sealed record Attribution(
    TextRange Range,
    string Cue,
    TextRange? Source,
    string? SourceText,
    TextRange Content,
    bool Direct) : Annotation(Range);
