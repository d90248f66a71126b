using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Places;

/// <summary>
/// Capitalised names right after a locative preposition ("in Bhubaneswar", "from Parramatta") that
/// the entity tagger left untagged. They are offered to the resolver as weak mentions, which it keeps
/// only on strong evidence (a country, a region, or a large city in the article's country), so a
/// missed name can still be placed without guessing at every capitalised word.
/// </summary>
internal static class UntaggedPlaceCandidates
{
    private const int MaxWords = 3;

    public static ImmutableArray<Entity> AddTo(string text, IReadOnlyList<Token> tokens, ImmutableArray<Entity> entities)
    {
        var added = new List<Entity>();
        var nextEntity = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsLocative(text, tokens[i - 1]) || !IsName(text, token))
            {
                continue;
            }

            while (nextEntity < entities.Length && entities[nextEntity].Range.End <= token.Range.Start)
            {
                nextEntity++;
            }

            var end = i + 1;
            while (end < tokens.Count && end - i < MaxWords && IsName(text, tokens[end]) && tokens[end].Range.Start - tokens[end - 1].Range.End == 1)
            {
                end++;
            }

            var range = new TextRange(token.Range.Start, tokens[end - 1].Range.End);
            if (nextEntity < entities.Length && entities[nextEntity].Range.Overlaps(range))
            {
                continue;
            }

            added.Add(new Entity(range, EntityType.Miscellaneous, range.Of(text)));
            i = end - 1;
        }

        return added.Count == 0 ? entities : [.. entities.Concat(added).OrderBy(e => e.Range.Start)];
    }

    private static bool IsLocative(string text, Token token)
    {
        var word = text.AsSpan(token.Range.Start, token.Range.Length);
        return word is "in" or "from" or "near" or "outside" or "to" or "at";
    }

    private static bool IsName(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Range.Length > 2 && char.IsUpper(text[token.Range.Start])
        && char.IsLower(text[token.Range.End - 1]);
}
