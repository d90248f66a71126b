using System.Threading.Channels;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Store;

namespace Storyline.Ingest.Pipeline;

/// <summary>
/// Read, extract, annotate, store. Items are read in input order, extracted and annotated (the
/// <paramref name="annotator"/> pipeline: tokens to entity links) in parallel on a bounded number
/// of workers, then saved with their mentions and reported strictly in input order, one
/// transaction per article: whatever has been reported is committed, and a rerun after a crash
/// skips it as a duplicate. A failure of one item (unreadable, no text, extractor or annotator
/// exception) never stops the batch.
/// </summary>
/// <param name="annotator">The per-document language pipeline; null stores articles unannotated.</param>
public sealed class IngestPipeline(
    InputReader reader, IArticleExtractor extractor, ArticleStore store, int parallelism, DocumentPipeline? annotator = null)
{
    /// <summary>Runs the batch, calling <paramref name="report"/> once per item in input order.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; every item reported so far is stored.</exception>
    public async Task<IngestTally> RunAsync(
        IReadOnlyList<string> inputs, TextReader? stdin, Action<ItemOutcome> report, CancellationToken cancellationToken)
    {
        using var workers = new LargeStackWorkers(parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Bounded so a fast reader cannot pile up decoded pages in memory ahead of the store.
        var pending = Channel.CreateBounded<Task<Extraction>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = ProduceAsync(inputs, stdin, workers, pending.Writer, stop.Token);

        var tally = IngestTally.Empty;
        try
        {
            await foreach (var next in pending.Reader.ReadAllAsync(stop.Token))
            {
                var extraction = await next.WaitAsync(stop.Token);
                var outcome = extraction.Document is { } document
                    ? new SavedItem(extraction.Origin, await store.SaveAsync(document, extraction.Origin, stop.Token), document)
                    : (ItemOutcome)new FailedIngestItem(extraction.Origin, extraction.Problem!);
                tally = tally.Add(outcome);
                report(outcome);
            }
        }
        finally
        {
            // Stop reading when the consumer stops for any reason, then let the producer wind down.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return tally;
    }

    private async Task ProduceAsync(
        IReadOnlyList<string> inputs, TextReader? stdin, LargeStackWorkers workers, ChannelWriter<Task<Extraction>> pending, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAsync(inputs, stdin, cancellationToken))
            {
                var extraction = item switch
                {
                    SourceItem source => workers.Run(() => Extract(source)),
                    FailedItem failed => Task.FromResult(new Extraction(failed.Origin, null, failed.Problem)),
                    _ => Task.FromResult(new Extraction(item.Origin, null, $"unsupported input item {item.GetType().Name}")),
                };
                await pending.WriteAsync(extraction, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The reader promises per-item failures; if it breaks anyway, report it as one and end the batch.
            var problem = new Extraction("inputs", null, $"reading inputs failed ({e.GetType().Name}): {e.Message}");
            try
            {
                await pending.WriteAsync(Task.FromResult(problem), cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
        finally
        {
            pending.TryComplete();
        }
    }

    private Extraction Extract(SourceItem item)
    {
        Document document;
        try
        {
            document = extractor.Extract(item.Source);
        }
        catch (Exception e)
        {
            return new Extraction(item.Origin, null, $"extraction failed ({e.GetType().Name}): {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return new Extraction(item.Origin, null, "no article text found");
        }

        if (annotator is not null)
        {
            try
            {
                document = annotator.Run(document);
            }
            catch (Exception e)
            {
                return new Extraction(item.Origin, null, $"annotation failed ({e.GetType().Name}): {e.Message}");
            }
        }

        return new Extraction(item.Origin, document, null);
    }

    private sealed record Extraction(string Origin, Document? Document, string? Problem);
}
