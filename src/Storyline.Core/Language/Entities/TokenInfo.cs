namespace Storyline.Core.Language.Entities;

/// <summary>The hashes and flags of one word that the feature templates combine, computed once per token.</summary>
internal sealed class TokenInfo
{
    private const int MaxAffix = 4;

    private TokenInfo()
    {
    }

    public ulong Word { get; private init; }

    public ulong Lower { get; private init; }

    public ulong Shape { get; private init; }

    public ulong[] Prefixes { get; private init; } = [];

    public ulong[] Suffixes { get; private init; } = [];

    public int Length { get; private init; }

    public bool HasLetter { get; private init; }

    public bool HasLetterOrDigit { get; private init; }

    public bool HasUpper { get; private init; }

    public bool InitialCap { get; private init; }

    public bool AllCaps { get; private init; }

    public bool IsQuote { get; private init; }

    public bool EndsSentence { get; private init; }

    public bool IsNumber { get; private init; }

    public static TokenInfo Of(string word)
    {
        var affixes = Math.Min(MaxAffix, word.Length);
        var prefixes = new ulong[affixes];
        var suffixes = new ulong[affixes];
        FeatureHash.OfAffixes(word, prefixes, suffixes);

        var hasLetter = false;
        var hasDigit = false;
        var hasUpper = false;
        var hasLower = false;
        foreach (var c in word)
        {
            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
        }

        return new TokenInfo
        {
            Word = FeatureHash.Of(word),
            Lower = FeatureHash.OfLower(word),
            Shape = ShapeOf(word),
            Prefixes = prefixes,
            Suffixes = suffixes,
            Length = word.Length,
            HasLetter = hasLetter,
            HasLetterOrDigit = hasLetter || hasDigit,
            HasUpper = hasUpper,
            InitialCap = word.Length > 0 && char.IsUpper(word[0]),
            AllCaps = hasUpper && !hasLower,
            IsQuote = word is "\"" or "``" or "''" or "'" or "“" or "”" or "‘" or "’",
            EndsSentence = word is "." or "?" or "!",
            IsNumber = hasDigit && !hasLetter,
        };
    }

    /// <summary>The word's character classes with repeats collapsed: "Reuters" -> "Xx", "27,419" -> "d,d", "U.S." -> "X.X.".</summary>
    private static ulong ShapeOf(string word)
    {
        Span<char> shape = stackalloc char[16];
        var length = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (cls == previous)
            {
                continue;
            }

            previous = cls;
            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = cls;
        }

        return FeatureHash.Of(shape[..length]);
    }
}
