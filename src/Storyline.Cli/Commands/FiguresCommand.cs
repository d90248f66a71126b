using System.CommandLine;
using System.Text.Json;
using Storyline.Cli.Output;
using Storyline.Core.Extraction;
using Storyline.Core.Model;
using Storyline.Core.Pipeline;
using Storyline.Core.Reconciliation;
using Storyline.Core.Serialization;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline figures INPUTS... [--json]</c>: read the inputs (files, folders, JSON Lines, URLs or
/// -) as one story, annotate them, and print every figure as a claim and the reconciled quantities.
/// With --json, one object <c>{claims, groups}</c>. Exit 0 on success, 1 when some inputs failed
/// (the rest are still reconciled), 3 when none could be read.
/// </summary>
public static class FiguresCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, URLs or - for stdin: the articles of one story", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var allowPrivate = IngestCommand.AllowPrivateOption();
        var command = new Command("figures", "Show the figures of a story as claims, and how the claims of each quantity agree or conflict") { inputs, json, allowPrivate };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CliStreams.From(parse), parse.GetValue(inputs)!, parse.GetValue(allowPrivate), parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliStreams streams, string[] inputs, bool allowPrivate, bool json, CancellationToken cancellationToken)
    {
        var reader = new InputReader(new IngestOptions { AllowPrivate = allowPrivate });
        var extractor = new ArticleExtractor();
        var pipeline = StandardPipeline.Create();
        var articles = new List<StoryArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var failed = 0;
        await foreach (var item in reader.ReadAsync(inputs, inputs.Contains("-") ? Console.In : null, cancellationToken))
        {
            if (item is not SourceItem source)
            {
                failed++;
                await streams.Error.WriteLineAsync($"storyline: {item.Origin}: {(item as FailedItem)?.Problem ?? "unreadable input"}");
                continue;
            }

            try
            {
                var document = extractor.Extract(source.Source);
                if (string.IsNullOrWhiteSpace(document.Text))
                {
                    failed++;
                    await streams.Error.WriteLineAsync($"storyline: {source.Origin}: no article text found");
                    continue;
                }

                articles.Add(new StoryArticle(ArticleId(source.Origin, ids), pipeline.Run(document)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                await streams.Error.WriteLineAsync($"storyline: {source.Origin}: annotation failed ({e.GetType().Name}): {e.Message}");
            }
        }

        if (articles.Count == 0)
        {
            return ExitCodes.AllFailed;
        }

        var reconciliation = new Reconciler().Reconcile(articles);
        if (json)
        {
            await streams.Out.WriteLineAsync(JsonSerializer.Serialize(FiguresJson.From(reconciliation), StorylineJson.Options));
        }
        else
        {
            FiguresView.Write(streams, articles, reconciliation);
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>A short id for claim ids: the file name without extension ("file.jsonl:12" keeps its line), made unique.</summary>
    private static string ArticleId(string origin, HashSet<string> taken)
    {
        var name = origin;
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        if (slash >= 0 && slash < name.Length - 1)
        {
            name = name[(slash + 1)..];
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && !name[dot..].Contains(':'))
        {
            name = name[..dot];
        }

        var id = name;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{name}-{n}";
        }

        return id;
    }
}
