namespace Storyline.Core.Extraction.Metadata;

/// <summary>Publication and update times, kept apart, and where the publication time was read.</summary>
public sealed record DateFinding(DateTimeOffset? Published, DateTimeOffset? Updated, string? PublishedSource)
{
    public static DateFinding None { get; } = new(null, null, null);
}
