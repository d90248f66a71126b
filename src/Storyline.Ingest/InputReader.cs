using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Storyline.Core.Extraction;

namespace Storyline.Ingest;

/// <summary>
/// Expands the user's inputs (files, folders, .gz, JSON Lines, stdin, URLs, feeds) into decoded
/// items in input order. Every input is typed by its content, not its name. A bad item becomes a
/// <see cref="FailedItem"/>; it never stops the batch.
/// </summary>
/// <remarks>
/// Feed items are fetched from their links. When that fails and the feed itself carries the
/// article (content:encoded or Atom content, or a description of at least
/// <see cref="InputRun.MinFallbackSummaryWords"/> words), that content is used instead and the
/// origin says so: "https://x/a (feed content; page: HTTP 404 (Not Found))". Short teasers are
/// not used, because a teaser passed off as the article would mislead every later stage.
/// </remarks>
public sealed partial class InputReader(IngestOptions options)
{
    public IngestOptions Options { get; } = options;

    /// <param name="stdin">Read for "-", as already-decoded text (gzip on stdin needs the <see cref="Stream"/> overload).</param>
    public IAsyncEnumerable<InputItem> ReadAsync(IReadOnlyList<string> inputs, TextReader? stdin, CancellationToken cancellationToken) =>
        ReadAsync(inputs, run => run.ReadStdinAsync(stdin), cancellationToken);

    /// <param name="stdin">Read for "-" as raw bytes (e.g. <see cref="Console.OpenStandardInput()"/>), sniffed exactly like a file.</param>
    public IAsyncEnumerable<InputItem> ReadAsync(IReadOnlyList<string> inputs, Stream? stdin, CancellationToken cancellationToken) =>
        ReadAsync(inputs, run => run.ReadStdinAsync(stdin), cancellationToken);

    private async IAsyncEnumerable<InputItem> ReadAsync(
        IReadOnlyList<string> inputs,
        Func<InputRun, IAsyncEnumerable<InputItem>> readStdin,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One run per call: one connection pool, robots.txt cache and politeness schedule.
        using var run = new InputRun(Options, cancellationToken);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = input switch
            {
                "-" => readStdin(run),
                _ when input.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(input, UriKind.Absolute, out var file)
                    => run.ReadPathAsync(file.LocalPath),
                _ when UrlScheme().IsMatch(input) => run.ReadUrlAsync(input),
                _ => run.ReadPathAsync(input),
            };
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*://")]
    private static partial Regex UrlScheme();
}
