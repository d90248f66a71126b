using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities.Linking;

/// <summary>
/// Which tokens each entity covers, found in one merge walk over the two sorted layers, and
/// which entity (if any) starts at each token.
/// </summary>
internal sealed class TokenSpans
{
    private readonly int[] _entityAt;
    private readonly bool[] _insideEntity;

    private TokenSpans(int tokenCount, int entityCount)
    {
        _entityAt = new int[tokenCount];
        _insideEntity = new bool[tokenCount];
        Array.Fill(_entityAt, -1);
        First = new int[entityCount];
        Count = new int[entityCount];
        Consumed = new bool[entityCount];
    }

    /// <summary>Per entity: index of its first token, or -1 when its span does not start on a token.</summary>
    public int[] First { get; }

    /// <summary>Per entity: how many tokens it covers.</summary>
    public int[] Count { get; }

    /// <summary>Per entity: taken over by a definite description ("the Agency"), so not a name of its own.</summary>
    public bool[] Consumed { get; }

    /// <summary>The entity starting at <paramref name="token"/>, or -1.</summary>
    public int EntityAt(int token) => token < _entityAt.Length ? _entityAt[token] : -1;

    /// <summary>Whether <paramref name="token"/> is part of an entity ("the" in "Committee of the Red Cross").</summary>
    public bool IsInsideEntity(int token) => token < _insideEntity.Length && _insideEntity[token];

    public static TokenSpans Align(ImmutableArray<Token> tokens, ImmutableArray<Entity> entities)
    {
        var spans = new TokenSpans(tokens.Length, entities.Length);
        var t = 0;
        for (var e = 0; e < entities.Length; e++)
        {
            var range = entities[e].Range;
            while (t < tokens.Length && tokens[t].Range.Start < range.Start)
            {
                t++;
            }

            var end = t;
            while (end < tokens.Length && tokens[end].Range.End <= range.End)
            {
                end++;
            }

            if (t < tokens.Length && tokens[t].Range.Start == range.Start && end > t)
            {
                spans.First[e] = t;
                spans.Count[e] = end - t;
                spans._entityAt[t] = e;
                Array.Fill(spans._insideEntity, true, t, end - t);
            }
            else
            {
                spans.First[e] = -1;
            }
        }

        return spans;
    }
}
