namespace Storyline.Core.Model;

/// <summary>
/// A figure read as a checkable claim: what it counts, of whom, where and when, whether it is a
/// running total, and who said it. <see cref="Annotation.Range"/> is the figure's span.
/// </summary>
/// <param name="Category">What is counted, from the vocabulary in Resources/figure-categories.tsv ("killed", "displaced", "money"…).</param>
/// <param name="Subject">Who or what is counted ("people", "civilian", "rebel"), when the text says.</param>
/// <param name="Cumulative">True for a running total ("the toll rose to 1,874"), false for an increment ("another 40 died overnight").</param>
/// <param name="Attribution">The reported speech holding the figure, or null when the outlet states it itself.</param>
/// <param name="Place">Where the count applies: the place named nearest the figure in its sentence, else the article's
/// dateline or main place; null when the article names none. <see cref="PlaceStated"/> tells which.</param>
/// <param name="Time">The day the count stands at, or the span it covers ("since Monday", "in the past 24 hours").</param>
/// <param name="SourceName">Who said it, by the name the article gives that entity ("the ministry" → "Interior Ministry"),
/// else the source words tidied; null when the outlet states the figure itself.</param>
/// <param name="Projection">True when the figure is a forecast or a possibility ("could exceed 3,000"), not a count.</param>
/// <param name="PlaceStated">True when <paramref name="Place"/> is named in the figure's own sentence.</param>
public sealed record Claim(
    TextRange Range,
    Figure Figure,
    string Category,
    string? Subject,
    bool Cumulative,
    Attribution? Attribution,
    Place? Place = null,
    ClaimTime? Time = null,
    string? SourceName = null,
    bool Projection = false,
    bool PlaceStated = false) : Annotation(Range);
