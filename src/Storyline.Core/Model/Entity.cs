namespace Storyline.Core.Model;

/// <summary>A named entity mention: a person, organisation, location or other name (CoNLL-2003 types).</summary>
/// <param name="Text">The mention as it appears in the document text.</param>
public sealed record Entity(TextRange Range, EntityType Type, string Text) : Annotation(Range);

public enum EntityType
{
    Person,
    Organization,
    Location,
    Miscellaneous,
}
