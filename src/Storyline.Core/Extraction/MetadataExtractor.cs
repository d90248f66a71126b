using AngleSharp.Html.Dom;
using Storyline.Core.Extraction.Metadata;
using Storyline.Core.Model;
using Storyline.Core.Time;

namespace Storyline.Core.Extraction;

/// <summary>
/// Reads title, outlet, authors, dates, language and canonical URL from a parsed page. Runs on the
/// intact DOM, before content extraction removes the page furniture most of this lives in.
/// Standfirst and captions are left to the content extractor.
/// </summary>
public sealed class MetadataExtractor(DateTextParser dates, AuthorNames authors, TimeProvider clock)
{
    public MetadataExtractor()
        : this(DateTextParser.Default, AuthorNames.Default, TimeProvider.System)
    {
    }

    public ArticleMetadata Extract(IHtmlDocument page, string? url)
    {
        var meta = MetaTagIndex.Read(page);
        var jsonLd = JsonLdReader.Read(page);
        var canonical = CanonicalUrlFinder.Find(page, meta, url);
        var declaredNames = OutletFinder.DeclaredNames(meta, jsonLd);
        var siteNamesForTitle = declaredNames.AddRange(new[] { OutletFinder.FromDomain(canonical ?? url) }.OfType<string>());
        var title = TitleFinder.Find(page, meta, jsonLd, siteNamesForTitle);
        var declaredOutlet = declaredNames.IsEmpty ? null : declaredNames[0];
        var people = AuthorFinder.Find(page, meta, jsonLd, declaredOutlet, authors);

        // A title part such as "| Jane Doe" on a personal blog names the author, not an outlet.
        var siteFromTitle = people.Any(person => MetadataText.Key(person) == MetadataText.Key(title.SiteNameFromTitle)) ? null : title.SiteNameFromTitle;
        var outlet = OutletFinder.Find(declaredNames, siteFromTitle, canonical ?? url);
        var when = new DateFinder(dates, clock).Find(page, meta, jsonLd, url, canonical);
        return ArticleMetadata.Empty with
        {
            Url = url,
            CanonicalUrl = canonical,
            Outlet = outlet,
            Title = title.Title,
            Authors = people,
            Published = when.Published,
            Updated = when.Updated,
            PublishedSource = when.PublishedSource,
            Language = LanguageFinder.Find(page, meta, jsonLd),
        };
    }
}
