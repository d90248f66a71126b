using System.Collections.Concurrent;

namespace Storyline.Ingest.Fetching;

/// <summary>
/// Spaces requests to the same host at least the given delay apart. Each caller reserves the
/// next free slot under a per-host lock and then waits for it asynchronously, so concurrent
/// callers queue up fairly without holding a lock while waiting.
/// </summary>
public sealed class HostPoliteness(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSchedule> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HostPoliteness()
        : this(TimeProvider.System)
    {
    }

    public async Task WaitTurnAsync(string host, TimeSpan minimumGap, CancellationToken cancellationToken)
    {
        var schedule = _hosts.GetOrAdd(host, _ => new HostSchedule());
        var wait = schedule.Reserve(time, minimumGap);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class HostSchedule
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _nextFree = DateTimeOffset.MinValue;

        public TimeSpan Reserve(TimeProvider time, TimeSpan minimumGap)
        {
            lock (_gate)
            {
                // Read the clock under the lock so reservations are ordered like their timestamps.
                var now = time.GetUtcNow();
                var slot = _nextFree > now ? _nextFree : now;
                _nextFree = slot + minimumGap;
                return slot - now;
            }
        }
    }
}
