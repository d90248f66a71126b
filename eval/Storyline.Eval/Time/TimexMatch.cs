using Storyline.Core.Model;

namespace Storyline.Eval.Time;

/// <summary>One gold timex and the system timex aligned to it (null when missed), or a spurious system timex (gold null).</summary>
public sealed record TimexMatch(GoldTimex? Gold, TimeExpression? System)
{
    public bool IsStrict => Gold is not null && System is not null && Gold.Range == System.Range;

    public bool ValueMatches => Gold is not null && System is not null && Gold.Value == System.Value;

    public bool TypeMatches => Gold is not null && System is not null && Gold.Type == TimexScorer.TypeName(System.Type);
}
