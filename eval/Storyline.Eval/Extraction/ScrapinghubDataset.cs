using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Storyline.Eval.Extraction;

/// <summary>One benchmark page: its id (file stem), URL and gold article body.</summary>
public sealed record BenchmarkPage(string Id, string? Url, string GoldBody);

/// <summary>
/// The scrapinghub article-extraction-benchmark folder: ground-truth.json, html/&lt;id&gt;.html.gz and
/// optionally reference-outputs/&lt;system&gt;.json holding other extractors' predictions.
/// </summary>
public sealed class ScrapinghubDataset
{
    private const string GroundTruthFile = "ground-truth.json";
    private const string HtmlFolder = "html";
    private const string ReferenceFolder = "reference-outputs";

    private ScrapinghubDataset(string directory, IReadOnlyList<BenchmarkPage> pages)
    {
        Directory = directory;
        Pages = pages;
    }

    public string Directory { get; }

    public IReadOnlyList<BenchmarkPage> Pages { get; }

    /// <summary>Reads the ground truth; throws <see cref="DatasetMissingException"/> naming what is absent or malformed.</summary>
    public static async Task<ScrapinghubDataset> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DatasetMissingException(directory, "dataset folder not found (expected ground-truth.json and html/*.html.gz)");
        }

        var groundTruthPath = Path.Combine(directory, GroundTruthFile);
        if (!File.Exists(groundTruthPath))
        {
            throw new DatasetMissingException(groundTruthPath, "ground truth file not found");
        }

        if (!System.IO.Directory.Exists(Path.Combine(directory, HtmlFolder)))
        {
            throw new DatasetMissingException(Path.Combine(directory, HtmlFolder), "folder of .html.gz pages not found");
        }

        var items = await ReadArticleBodiesAsync(groundTruthPath, cancellationToken);
        if (items.Count == 0)
        {
            throw new DatasetMissingException(groundTruthPath, "ground truth holds no pages");
        }

        var pages = items
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new BenchmarkPage(i.Key, i.Value.Url, i.Value.Body))
            .ToList();
        return new ScrapinghubDataset(directory, pages);
    }

    /// <summary>The page's HTML, decompressed and decoded as UTF-8 (the benchmark stores it so).</summary>
    public async Task<string> ReadHtmlAsync(BenchmarkPage page, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Directory, HtmlFolder, page.Id + ".html.gz");
        if (!File.Exists(path))
        {
            throw new DatasetMissingException(path, $"page {page.Id} listed in the ground truth has no HTML file");
        }

        try
        {
            await using var file = File.OpenRead(path);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new DatasetMissingException(path, $"not a valid gzip file ({e.Message})");
        }
    }

    /// <summary>Names of the shipped reference systems (file stems under reference-outputs/).</summary>
    public IReadOnlyList<string> ReferenceSystems()
    {
        var folder = Path.Combine(Directory, ReferenceFolder);
        return System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>A reference system's predicted bodies by page id (a page it has no entry for predicts nothing).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadReferenceAsync(string system, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Directory, ReferenceFolder, system + ".json");
        if (system.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(path))
        {
            var known = string.Join(", ", ReferenceSystems());
            throw new DatasetMissingException(path, $"no reference output named '{system}' (available: {(known.Length > 0 ? known : "none")})");
        }

        var items = await ReadArticleBodiesAsync(path, cancellationToken);
        return items.ToDictionary(i => i.Key, i => i.Value.Body, StringComparer.Ordinal);
    }

    /// <summary>Reads {"id": {"articleBody": ..., "url": ...}}, optionally wrapped as {"output": {...}}.</summary>
    private static async Task<Dictionary<string, (string Body, string? Url)>> ReadArticleBodiesAsync(string path, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            await using var stream = File.OpenRead(path);
            json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new DatasetMissingException(path, $"not valid JSON ({e.Message})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
            {
                root = wrapped;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetMissingException(path, "expected a JSON object of page id to {\"articleBody\": ...}");
            }

            var result = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var item in root.EnumerateObject())
            {
                if (item.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new DatasetMissingException(path, $"entry '{item.Name}' is not an object");
                }

                var body = item.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : string.Empty;
                var url = item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                result[item.Name] = (body, url);
            }

            return result;
        }
    }
}
