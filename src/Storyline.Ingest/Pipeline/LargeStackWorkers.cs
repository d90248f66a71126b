using System.Collections.Concurrent;

namespace Storyline.Ingest.Pipeline;

/// <summary>
/// A fixed pool of threads with very large stacks for running extraction. Hostile pages (thousands
/// of nested tags) can drive recursive DOM code deep; a stack overflow cannot be caught in .NET and
/// would kill the whole batch, so extraction gets far more stack than pool threads have. The
/// stack is reserved address space, committed only as it is used.
/// </summary>
internal sealed class LargeStackWorkers : IDisposable
{
    public const int StackBytes = 512 * 1024 * 1024;

    private readonly BlockingCollection<Action> queue = new();

    public LargeStackWorkers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        for (var i = 0; i < count; i++)
        {
            var thread = new Thread(Work, StackBytes) { IsBackground = true, Name = $"storyline-extract-{i}" };
            thread.Start();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a worker; its exception, if any, surfaces through the task.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Add(() =>
        {
            try
            {
                completion.SetResult(work());
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }
        });
        return completion.Task;
    }

    public void Dispose() => queue.CompleteAdding();

    private void Work()
    {
        foreach (var action in queue.GetConsumingEnumerable())
        {
            action();
        }
    }
}
