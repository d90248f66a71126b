namespace Storyline.Core.Model;

/// <summary>
/// A figure read as a checkable claim: what it counts, of whom, whether it is a running total, and
/// who said it. <see cref="Annotation.Range"/> is the figure's span.
/// </summary>
/// <param name="Category">What is counted, from the vocabulary in Resources/figure-categories.tsv ("killed", "displaced", "money"…).</param>
/// <param name="Subject">Who or what is counted ("people", "civilian", "rebel"), when the text says.</param>
/// <param name="Cumulative">True for a running total ("the toll rose to 1,874"), false for an increment ("another 40 died overnight").</param>
/// <param name="Attribution">The reported speech holding the figure, or null when the outlet states it itself.</param>
public sealed record Claim(
    TextRange Range,
    Figure Figure,
    string Category,
    string? Subject,
    bool Cumulative,
    Attribution? Attribution) : Annotation(Range);
