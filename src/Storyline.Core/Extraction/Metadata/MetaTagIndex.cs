using System.Collections.Immutable;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Every &lt;meta&gt; value of a page keyed by its lower-cased name, property, itemprop or http-equiv,
/// read in one pass so each finder can ask for keys without rescanning the DOM.
/// </summary>
public sealed class MetaTagIndex
{
    private readonly Dictionary<string, ImmutableArray<string>> _values;

    private MetaTagIndex(Dictionary<string, ImmutableArray<string>> values) => _values = values;

    public static MetaTagIndex Read(IDocument page)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var meta in page.GetElementsByTagName("meta"))
        {
            var content = ElementAttributes.Value(meta, "content") ?? ElementAttributes.Value(meta, "value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in KeyAttributes)
            {
                var keys = ElementAttributes.Value(meta, attribute);
                if (string.IsNullOrWhiteSpace(keys))
                {
                    continue;
                }

                // property="og:title twitter:title" declares several keys at once.
                foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var normalised = key.ToLowerInvariant();
                    if (!values.TryGetValue(normalised, out var list))
                    {
                        list = [];
                        values[normalised] = list;
                    }

                    list.Add(content.Trim());
                }
            }
        }

        // A plain dictionary: built once per page and read a few dozen times, a frozen one costs more to build than it saves.
        return new MetaTagIndex(values.ToDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    private static readonly string[] KeyAttributes = ["name", "property", "itemprop", "http-equiv"];

    /// <summary>The first value of the first key present, in the order given.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list) && list.Length > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    /// <summary>All values of one key, in document order.</summary>
    public ImmutableArray<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];
}
