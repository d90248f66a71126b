using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Core.Time;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>Dates that sites put in article paths: /2020/03/03/, /2020-03-03-, /20200303/.</summary>
public static partial class UrlDateParser
{
    public static ParsedDateTime? Parse(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var match = PathDate().Match(uri.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new ParsedDateTime(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), false, false);
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<sep>[/\-_]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PathDate();
}
