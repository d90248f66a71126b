namespace Storyline.Ingest;

/// <summary>What a decoded input turned out to be, judged by its content rather than its name.</summary>
public enum ContentKind
{
    Html,
    PlainText,
    JsonLines,
    Feed,
}
