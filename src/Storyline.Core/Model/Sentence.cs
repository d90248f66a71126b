namespace Storyline.Core.Model;

/// <summary>A sentence of the text, with the tokens it covers.</summary>
/// <param name="FirstToken">Index into the <c>tokens</c> layer of the sentence's first token.</param>
/// <param name="TokenCount">How many tokens the sentence holds.</param>
public sealed record Sentence(TextRange Range, int FirstToken, int TokenCount) : Annotation(Range);
