namespace Storyline.Core.Model;

/// <summary>
/// Base of every typed annotation: a span over the document text. Concrete annotations
/// (paragraphs, sentences, entities, figures...) derive from it and add their own fields.
/// </summary>
public abstract record Annotation(TextRange Range);
