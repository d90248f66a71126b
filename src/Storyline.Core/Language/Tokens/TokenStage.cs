using Storyline.Core.Model;
using Storyline.Core.Pipeline;

namespace Storyline.Core.Language.Tokens;

/// <summary>Adds the <c>tokens</c> layer: every token of the document text with its offsets.</summary>
public sealed class TokenStage(Tokenizer tokenizer) : IStage
{
    public TokenStage()
        : this(Tokenizer.Default)
    {
    }

    public string Name => "tokens";

    public IReadOnlyList<ILayerKey> Reads => [];

    public IReadOnlyList<ILayerKey> Adds => [Layers.Tokens];

    public Document Run(Document document) => document.With(Layers.Tokens, tokenizer.Tokenize(document.Text), Name);
}
