namespace Storyline.Core.Model;

/// <summary>
/// A mention of an entity linked to the fullest name the article gives it: "Macron" and
/// "the president" to "Emmanuel Macron", "the Agency" to "International Atomic Energy Agency".
/// </summary>
/// <param name="Text">The mention as it appears in the text.</param>
/// <param name="CanonicalName">The name the entity goes by across the article (its fullest mention).</param>
/// <param name="CanonicalKey">A stable, normalised key for the entity ("per:emmanuel macron"), the same across articles.</param>
public sealed record EntityMention(TextRange Range, EntityType Type, string Text, string CanonicalName, string CanonicalKey)
    : Annotation(Range);
