using System.Collections.Immutable;
using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities;

/// <summary>Finds the named entities of a tokenised text with a <see cref="NerModel"/>.</summary>
public sealed class EntityTagger(NerModel model)
{
    public ImmutableArray<Entity> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var words = new IReadOnlyList<string>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = sentences[s].FirstToken;
            var end = start + sentences[s].TokenCount;
            var sentence = new string[end - start];
            for (var i = start; i < end; i++)
            {
                sentence[i - start] = ModelWord(text, tokens[i]);
            }

            words[s] = sentence;
        }

        var tags = model.Tag(words);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var offset = sentences[s].FirstToken;
            foreach (var (start, end, type) in BilouTags.Spans(tags[s]))
            {
                var range = new TextRange(tokens[offset + start].Range.Start, tokens[offset + end - 1].Range.End);
                entities.Add(new Entity(range, type, range.Of(text)));
            }
        }

        return entities.ToImmutable();
    }

    /// <summary>The token as the newswire training text would spell it (straight quotes).</summary>
    private static string ModelWord(string text, Token token)
    {
        var word = token.Range.Of(text);
        return word switch
        {
            "“" or "”" or "«" or "»" => "\"",
            "‘" or "’" => "'",
            _ when word.Contains('’') => word.Replace('’', '\''),
            _ => word,
        };
    }
}
