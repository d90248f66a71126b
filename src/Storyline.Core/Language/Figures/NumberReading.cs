namespace Storyline.Core.Language.Figures;

/// <summary>A number read from tokens [<paramref name="First"/>, <paramref name="End"/>).</summary>
/// <param name="Step">The rounding step the number was written to (1,200 → 100; 48,213 → 1; 1.2m → 100,000).</param>
/// <param name="Vague">For vague phrases ("tens of thousands"), the range they stand for; else null.</param>
/// <param name="Fraction">True when the number is a share of a whole ("two thirds of" is 0.667).</param>
/// <param name="HyphenWord">A word glued to the number with a hyphen ("24-hour", "3,000-plus"), else null.</param>
/// <param name="GluedUnit">A unit written straight after the digits ("50mph", "10kW"), normalised, else null.</param>
/// <param name="GluedBound">A bound word joined to the digits by a hyphen ("sub-7"), else null.</param>
public readonly record struct NumberReading(
    int First,
    int End,
    double Value,
    double Step,
    VagueQuantity? Vague = null,
    bool Fraction = false,
    string? HyphenWord = null,
    double? RangeHigh = null,
    string? GluedUnit = null,
    string? GluedBound = null);
