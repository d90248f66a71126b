namespace Storyline.Eval.Time;

/// <summary>
/// TempEval-3 timex counts and the figures derived from them as TE3's evaluate_entities.py
/// computes them: precision over system timexes, recall over gold timexes; the attribute scores
/// (value, type) are the attribute's accuracy over relaxed matches times the relaxed P, R and F1.
/// Percentages, 0-100.
/// </summary>
public sealed record TimexScore(int Gold, int System, int StrictMatches, int RelaxedMatches, int ValueMatches, int TypeMatches)
{
    public double StrictPrecision => Percent(StrictMatches, System);

    public double StrictRecall => Percent(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Percent(RelaxedMatches, System);

    public double RelaxedRecall => Percent(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of relaxed matches whose value equals the gold value.</summary>
    public double ValueAccuracy => Percent(ValueMatches, RelaxedMatches);

    public double ValuePrecision => ValueAccuracy * RelaxedPrecision / 100;

    public double ValueRecall => ValueAccuracy * RelaxedRecall / 100;

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    public double TypeAccuracy => Percent(TypeMatches, RelaxedMatches);

    public double TypeF1 => TypeAccuracy * RelaxedF1 / 100;

    public TimexScore Add(TimexScore other) => new(
        Gold + other.Gold,
        System + other.System,
        StrictMatches + other.StrictMatches,
        RelaxedMatches + other.RelaxedMatches,
        ValueMatches + other.ValueMatches,
        TypeMatches + other.TypeMatches);

    public static TimexScore Empty { get; } = new(0, 0, 0, 0, 0, 0);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
