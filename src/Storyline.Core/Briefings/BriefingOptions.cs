namespace Storyline.Core.Briefings;

/// <summary>How long a briefing's parts may be.</summary>
public sealed record BriefingOptions
{
    /// <summary>Most words of the cited summary (whole sentences only).</summary>
    public int SummaryWords { get; init; } = 160;

    /// <summary>Most timeline entries; the most widely reported survive a cut.</summary>
    public int TimelineEntries { get; init; } = 16;

    public int Entities { get; init; } = 12;

    public int Places { get; init; } = 20;
}
