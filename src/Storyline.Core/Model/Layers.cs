namespace Storyline.Core.Model;

/// <summary>The well-known layers. Each stage documents which of these it reads and adds.</summary>
public static class Layers
{
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs");

    public static readonly LayerKey<Token> Tokens = new("tokens");

    public static readonly LayerKey<Sentence> Sentences = new("sentences");

    public static readonly LayerKey<Entity> Entities = new("entities");

    public static readonly LayerKey<EntityMention> EntityMentions = new("entity-mentions");

    public static readonly LayerKey<Place> Places = new("places");

    public static readonly LayerKey<TimeExpression> TimeExpressions = new("time-expressions");

    public static readonly LayerKey<Figure> Figures = new("figures");

    public static readonly LayerKey<Attribution> Attributions = new("attributions");

    public static readonly LayerKey<Claim> Claims = new("claims");
}
