using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Storyline.Web.Tests.Browser;

/// <summary>
/// Collects a page's uncaught exceptions and console errors, minus one known, harmless message:
/// vis-timeline's standalone build injects its CSS through a style element, which the CSP refuses
/// (the same CSS comes from its stylesheet). Only that refusal, raised from that script, is dropped;
/// any other CSP refusal or error is kept.
/// </summary>
internal sealed partial class ConsoleErrors
{
    private const string VisTimelineScript = "/vendor/vis-timeline/vis-timeline-graph2d.min.js";

    /// <summary>How Chromium words the refusal: current releases, and the wording before them.</summary>
    private static readonly string[] InlineStyleRefusals =
    [
        "Applying inline style violates the following Content Security Policy directive 'style-src 'self''.",
        "Refused to apply inline style because it violates the following Content Security Policy directive: \"style-src 'self'\".",
    ];

    private readonly List<string> errors = [];

    private ConsoleErrors()
    {
    }

    public IReadOnlyList<string> Errors => errors;

    public static ConsoleErrors Watch(IPage page)
    {
        var watcher = new ConsoleErrors();
        page.PageError += (_, error) => watcher.errors.Add($"uncaught: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsVisTimelineStyleRefusal(message))
            {
                watcher.errors.Add($"console: {message.Text} (at {message.Location})");
            }
        };
        return watcher;
    }

    private static bool IsVisTimelineStyleRefusal(IConsoleMessage message) =>
        InlineStyleRefusals.Any(refusal => message.Text.StartsWith(refusal, StringComparison.Ordinal))
        && ScriptOf(message.Location) is { } source
        && source.AbsolutePath == VisTimelineScript;

    /// <summary>The script of a console location, which Playwright writes as "URL:line:column".</summary>
    private static Uri? ScriptOf(string location)
    {
        var match = Location().Match(location);
        return match.Success && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url) ? url : null;
    }

    [GeneratedRegex(@"^(?<url>.+):\d+:\d+$")]
    private static partial Regex Location();
}
