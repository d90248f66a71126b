namespace Storyline.Core.Language.Entities;

/// <summary>A training or evaluation document: sentences of words with their gold BILOU tags.</summary>
public sealed record LabeledDocument(IReadOnlyList<LabeledSentence> Sentences)
{
    public IReadOnlyList<IReadOnlyList<string>> Words => Sentences.Select(s => s.Words).ToArray();
}

/// <param name="Tags">Gold tags as <see cref="BilouTags"/> indices, one per word.</param>
public sealed record LabeledSentence(IReadOnlyList<string> Words, int[] Tags);
