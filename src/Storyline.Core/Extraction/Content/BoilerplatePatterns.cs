using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Content;

/// <summary>
/// The tag and class/id word lists that tell page furniture from article text, kept in
/// Resources/boilerplate-patterns.txt so they can be tuned without code.
/// </summary>
public sealed class BoilerplatePatterns
{
    private const int MaxJoinedWord = 64;

    private readonly FrozenSet<string> _skipTags;
    private readonly FrozenSet<string> _inlineTags;
    private readonly FrozenSet<string> _furnitureTags;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _furnitureWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _definiteFurnitureWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _captionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _standfirstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _contentWords;

    private BoilerplatePatterns(IReadOnlyDictionary<string, List<string>> sections)
    {
        _skipTags = Set(sections, "skip-tags");
        _inlineTags = Set(sections, "inline-tags");
        _furnitureTags = Set(sections, "furniture-tags");
        _furnitureWords = Set(sections, "furniture-words").GetAlternateLookup<ReadOnlySpan<char>>();
        _definiteFurnitureWords = Set(sections, "definite-furniture-words").GetAlternateLookup<ReadOnlySpan<char>>();
        _captionWords = Set(sections, "caption-words").GetAlternateLookup<ReadOnlySpan<char>>();
        _standfirstWords = Set(sections, "standfirst-words").GetAlternateLookup<ReadOnlySpan<char>>();
        _contentWords = Set(sections, "content-words").GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The rules shipped with Storyline.</summary>
    public static BoilerplatePatterns Default { get; } = Load();

    /// <summary>Elements whose subtree never holds readable text (scripts, forms controls, media).</summary>
    public bool IsSkipped(string tag) => _skipTags.Contains(tag);

    /// <summary>Elements that continue the current paragraph instead of starting a block.</summary>
    public bool IsInline(string tag) => _inlineTags.Contains(tag);

    public static BoilerplatePatterns Parse(TextReader reader)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1];
                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections[name] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new FormatException($"boilerplate patterns line {lineNumber}: '{line}' appears before any [section]");
            }

            current.Add(line.ToLowerInvariant());
        }

        return new BoilerplatePatterns(sections);
    }

    /// <summary>The roles the element's tag, ARIA role, itemprop, class and id declare.</summary>
    public ElementRole Classify(IElement element, string tag)
    {
        var role = _furnitureTags.Contains(tag) ? ElementRole.Furniture : ElementRole.None;
        if (tag is "figcaption")
        {
            role |= ElementRole.Caption;
        }

        role |= ClassifyAria(ElementAttributes.Value(element, "role"));
        if (ElementAttributes.Value(element, "itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            role |= ElementRole.Content;
        }

        role |= ClassifyWords(ElementAttributes.Value(element, "class"));
        role |= ClassifyWords(element.Id);
        return role;
    }

    /// <summary>Roles named by the words of a class or id value.</summary>
    public ElementRole ClassifyWords(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ElementRole.None;
        }

        var role = ElementRole.None;
        Span<char> joined = stackalloc char[MaxJoinedWord];
        Span<char> previous = stackalloc char[MaxJoinedWord];
        Span<char> pairBuffer = stackalloc char[MaxJoinedWord * 2];
        var previousLength = 0;
        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length || !char.IsLetter(span[i]) || (start >= 0 && char.IsUpper(span[i]) && char.IsLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                var word = span[start..i];
                if (word.Length <= MaxJoinedWord)
                {
                    Span<char> lower = joined[..word.Length];
                    word.ToLowerInvariant(lower);
                    role |= Lookup(lower);
                    if (previousLength > 0)
                    {
                        var pair = pairBuffer[..(previousLength + word.Length)];
                        previous[..previousLength].CopyTo(pair);
                        lower.CopyTo(pair[previousLength..]);
                        role |= Lookup(pair);
                    }

                    lower.CopyTo(previous);
                    previousLength = word.Length;
                }
                else
                {
                    previousLength = 0;
                }

                start = -1;
            }

            if (i < span.Length && char.IsLetter(span[i]) && start < 0)
            {
                start = i;
            }

            // Separate class names are separate phrases: "ad main" must not read as "admain".
            if (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                previousLength = 0;
            }
        }

        return role;
    }

    private ElementRole Lookup(ReadOnlySpan<char> word)
    {
        var role = ElementRole.None;
        if (_furnitureWords.Contains(word))
        {
            role |= ElementRole.Furniture;
        }

        if (_definiteFurnitureWords.Contains(word))
        {
            role |= ElementRole.Furniture | ElementRole.DefiniteFurniture;
        }

        if (_captionWords.Contains(word))
        {
            role |= ElementRole.Caption;
        }

        if (_standfirstWords.Contains(word))
        {
            role |= ElementRole.Standfirst;
        }

        if (_contentWords.Contains(word))
        {
            role |= ElementRole.Content;
        }

        return role;
    }

    private static ElementRole ClassifyAria(string? role) => role switch
    {
        null => ElementRole.None,
        "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog" or "search" or "menu" or "menubar" => ElementRole.Furniture,
        "main" or "article" => ElementRole.Content,
        _ => ElementRole.None,
    };

    private static FrozenSet<string> Set(IReadOnlyDictionary<string, List<string>> sections, string name) =>
        sections.TryGetValue(name, out var entries)
            ? entries.ToFrozenSet(StringComparer.Ordinal)
            : throw new FormatException($"boilerplate patterns: section [{name}] is missing");

    private static BoilerplatePatterns Load()
    {
        using var reader = EmbeddedResource.Open("boilerplate-patterns.txt");
        return Parse(reader);
    }
}
