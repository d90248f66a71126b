using System.Collections.Immutable;

namespace Storyline.Eval.Time;

/// <summary>The result of scoring the time stage on a folder of TimeML documents.</summary>
/// <param name="TokensPerSecond">Speed of the time stage alone (tokenising and sentence splitting excluded), best of three warm passes.</param>
public sealed record TimeEvaluation(
    string Path,
    int Files,
    int Tokens,
    TimexScore Score,
    double TokensPerSecond,
    ImmutableArray<(string Document, TimexMatch Match)> Matches);
