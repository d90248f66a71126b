namespace Storyline.Core.Model;

/// <summary>The well-known layers. Each stage documents which of these it reads and adds.</summary>
public static class Layers
{
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs");

    public static readonly LayerKey<Token> Tokens = new("tokens");

    public static readonly LayerKey<Entity> Entities = new("entities");
}
