using System.Collections.Concurrent;

namespace Storyline.Core.Pipeline;

/// <summary>Accumulated wall time per stage over a batch; thread-safe.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();

    public void Add(string stage, TimeSpan elapsed) =>
        _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, total) => total + elapsed.Ticks);

    public IReadOnlyDictionary<string, TimeSpan> Totals =>
        _ticks.ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value));
}
