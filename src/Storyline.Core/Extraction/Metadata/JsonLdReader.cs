using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Reads schema.org Article data from the page's application/ld+json scripts: top-level objects,
/// arrays and @graph lists, with @id references resolved. Malformed JSON is skipped, never fatal.
/// </summary>
public static class JsonLdReader
{
    private static readonly FrozenSet<string> ArticleTypes = FrozenSet.ToFrozenSet(
        [
            "Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
            "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting",
            "SocialMediaPosting", "DiscussionForumPosting", "AdvertiserContentArticle", "SatiricalArticle", "Posting",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PageTypes = FrozenSet.ToFrozenSet(
        ["WebPage", "ItemPage", "AboutPage", "VideoObject", "CreativeWork"], StringComparer.OrdinalIgnoreCase);

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle Read(IDocument page)
    {
        var nodes = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in page.GetElementsByTagName("script"))
            {
                if (script.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true)
                {
                    continue;
                }

                if (TryParse(script.TextContent) is { } document)
                {
                    documents.Add(document);
                    Collect(document.RootElement, nodes, 0);
                }
            }

            return nodes.Count == 0 ? JsonLdArticle.Empty : Interpret(nodes);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        var json = text.Trim();
        if (json.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            json = json["<![CDATA[".Length..];
        }

        if (json.EndsWith("]]>", StringComparison.Ordinal))
        {
            json = json[..^3];
        }

        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, nodes, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
            {
                Collect(main, nodes, depth + 1);
            }
        }
    }

    private static JsonLdArticle Interpret(List<JsonElement> nodes)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (Text(node, "@id") is { } id)
            {
                byId.TryAdd(id, node);
            }
        }

        var article = nodes.FirstOrDefault(IsArticle);
        if (article.ValueKind != JsonValueKind.Object)
        {
            article = nodes.FirstOrDefault(node => HasType(node, PageTypes) && (node.TryGetProperty("datePublished", out _) || node.TryGetProperty("headline", out _)));
        }

        if (article.ValueKind != JsonValueKind.Object)
        {
            var publisherOnly = nodes.Select(node => PublisherName(node, byId)).FirstOrDefault(name => name is not null)
                ?? nodes.Where(node => HasType(node, OrganizationTypes) || HasType(node, ["WebSite"])).Select(node => Text(node, "name")).FirstOrDefault(name => name is not null);
            return JsonLdArticle.Empty with { PublisherName = publisherOnly };
        }

        var publisher = PublisherName(article, byId)
            ?? nodes.Where(node => HasType(node, ["WebSite"])).Select(node => Text(node, "name")).FirstOrDefault(name => name is not null);
        return new JsonLdArticle(
            Text(article, "headline") ?? Text(article, "name"),
            Text(article, "datePublished") ?? Text(article, "dateCreated"),
            Text(article, "dateModified"),
            Authors(article, byId),
            publisher,
            Text(article, "inLanguage"),
            Text(article, "url"));
    }

    /// <summary>schema.org has many Article subtypes ("ReportageNewsArticle"); any type named *Article counts.</summary>
    private static bool IsArticle(JsonElement node)
    {
        if (HasType(node, ArticleTypes))
        {
            return true;
        }

        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        return types.Any(item => item.ValueKind == JsonValueKind.String && item.GetString()!.EndsWith("Article", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly FrozenSet<string> OrganizationTypes = FrozenSet.ToFrozenSet(
        ["Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization", "NGO", "OnlineBusiness"],
        StringComparer.OrdinalIgnoreCase);

    private static string? PublisherName(JsonElement node, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty("publisher", out var publisher))
        {
            return null;
        }

        if (publisher.ValueKind == JsonValueKind.Array)
        {
            publisher = publisher.EnumerateArray().FirstOrDefault();
        }

        if (publisher.ValueKind == JsonValueKind.String)
        {
            return Clean(publisher.GetString());
        }

        publisher = Resolve(publisher, byId);
        return publisher.ValueKind == JsonValueKind.Object ? Text(publisher, "name") : null;
    }

    private static ImmutableArray<string> Authors(JsonElement article, Dictionary<string, JsonElement> byId)
    {
        if (!article.TryGetProperty("author", out var author) && !article.TryGetProperty("creator", out author))
        {
            return [];
        }

        var names = ImmutableArray.CreateBuilder<string>();
        IEnumerable<JsonElement> items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : [author];
        foreach (var raw in items)
        {
            if (raw.ValueKind == JsonValueKind.String)
            {
                if (Clean(raw.GetString()) is { } name)
                {
                    names.Add(name);
                }

                continue;
            }

            var item = Resolve(raw, byId);
            if (item.ValueKind != JsonValueKind.Object || HasType(item, OrganizationTypes))
            {
                continue;
            }

            if (Text(item, "name") is { } personName)
            {
                names.Add(personName);
            }
        }

        return names.ToImmutable();
    }

    private static JsonElement Resolve(JsonElement element, Dictionary<string, JsonElement> byId)
    {
        if (element.ValueKind == JsonValueKind.Object && !element.TryGetProperty("name", out _)
            && Text(element, "@id") is { } id && byId.TryGetValue(id, out var target))
        {
            return target;
        }

        return element;
    }

    private static bool HasType(JsonElement node, IReadOnlySet<string> types)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && types.Contains(item.GetString()!)),
            _ => false,
        };
    }

    private static bool HasType(JsonElement node, string[] types) => HasType(node, types.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => Clean(item.GetString())).FirstOrDefault(text => text is not null),
            JsonValueKind.Object when property != "@id" => Text(value, "@value") ?? Text(value, "name"),
            _ => null,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : System.Net.WebUtility.HtmlDecode(text).Trim();
}
