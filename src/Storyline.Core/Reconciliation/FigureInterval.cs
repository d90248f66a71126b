using Storyline.Core.Model;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// The values a figure allows: its interval, widened by its rounding tolerance when it is stated as
/// an exact round number ("1,200 killed" may be 1,150 to 1,250). Bounded figures ("at least 40")
/// keep their stated end, and approximate ones already carry their margin. Vague words ("scores",
/// "dozens") are loose: their conventional range is stretched by half below and doubled above, so
/// that a near figure neither contests nor supersedes them.
/// </summary>
public readonly record struct FigureInterval(double Low, double High, bool LowOpen, bool HighOpen)
{
    public static FigureInterval Of(Figure figure) => figure.Bound switch
    {
        FigureBound.Exact when figure.Tolerance > 0 => new(figure.Low - figure.Tolerance, figure.High + figure.Tolerance, figure.LowOpen, figure.HighOpen),
        FigureBound.Vague => new(figure.Low / 2, figure.High * 2, LowOpen: false, HighOpen: false),
        _ => new(figure.Low, figure.High, figure.LowOpen, figure.HighOpen),
    };

    /// <summary>True when some value satisfies both intervals.</summary>
    public bool Overlaps(FigureInterval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low < high)
        {
            return true;
        }

        if (low > high)
        {
            return false;
        }

        // Touching at one value: both must include it.
        return !(Low == low && LowOpen) && !(other.Low == low && other.LowOpen)
            && !(High == high && HighOpen) && !(other.High == high && other.HighOpen);
    }

    /// <summary>True when every value of <paramref name="other"/> is in this interval.</summary>
    public bool Contains(FigureInterval other) =>
        (other.Low > Low || (other.Low == Low && (!LowOpen || other.LowOpen)))
        && (other.High < High || (other.High == High && (!HighOpen || other.HighOpen)));

    /// <summary>True when every value of this interval is above every value of <paramref name="other"/>.</summary>
    public bool IsAbove(FigureInterval other) => !Overlaps(other) && Low >= other.High;

    public bool HasFiniteHigh => !double.IsPositiveInfinity(High);
}
