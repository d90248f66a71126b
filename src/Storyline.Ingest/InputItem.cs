using Storyline.Core.Extraction;

namespace Storyline.Ingest;

/// <summary>One item read from the user's inputs: either a decoded source ready to extract, or a failure with its reason.</summary>
/// <param name="Origin">Names the item for messages: a path, a URL, "stdin", or "file.jsonl:12".</param>
public abstract record InputItem(string Origin);

public sealed record SourceItem(string Origin, SourceDocument Source) : InputItem(Origin);

public sealed record FailedItem(string Origin, string Problem) : InputItem(Origin);
