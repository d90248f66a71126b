using Storyline.Core.Model;

namespace Storyline.Core.Language.Time;

/// <summary>A time expression found over tokens [<see cref="First"/>, <see cref="End"/>), before it becomes a <see cref="TimeExpression"/>.</summary>
internal readonly record struct TimexCandidate(
    int First,
    int End,
    TimexType Type,
    string Value,
    string? Modifier = null,
    string? Begin = null,
    string? EndValue = null);
