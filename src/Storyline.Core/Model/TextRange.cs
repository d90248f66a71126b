namespace Storyline.Core.Model;

/// <summary>A half-open range [Start, End) of character offsets into a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    public string Of(string text) => text.Substring(Start, Length);
}
