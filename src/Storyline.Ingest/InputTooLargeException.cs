namespace Storyline.Ingest;

/// <summary>An input exceeded <see cref="IngestOptions.MaxBytes"/>; the message is ready to show.</summary>
public sealed class InputTooLargeException(string message) : Exception(message);
