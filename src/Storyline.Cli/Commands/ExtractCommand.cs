using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Extraction;
using Storyline.Core.Serialization;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline extract</c>: extract articles and print them, without storing anything.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, URLs or - for stdin", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per line, one per input, in input order" };
        var allowPrivate = IngestCommand.AllowPrivateOption();
        var command = new Command("extract", "Extract articles and print them without storing") { inputs, jsonl, allowPrivate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reader = new InputReader(new IngestOptions { AllowPrivate = parse.GetValue(allowPrivate) });
            var extractor = new ArticleExtractor();
            var failed = 0;
            var succeeded = 0;
            await foreach (var item in reader.ReadAsync(parse.GetValue(inputs)!, Console.In, cancellationToken))
            {
                if (item is FailedItem failure)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"{failure.Origin}: {failure.Problem}");
                    if (parse.GetValue(jsonl))
                    {
                        // Keep one line per input so consumers can align output with input order.
                        Console.WriteLine(JsonSerializer.Serialize(new { origin = failure.Origin, error = failure.Problem }, StorylineJson.Options));
                    }

                    continue;
                }

                var source = (SourceItem)item;
                var document = extractor.Extract(source.Source);
                succeeded++;
                if (parse.GetValue(jsonl))
                {
                    Console.WriteLine(JsonSerializer.Serialize(ArticleJson.From(document), StorylineJson.Options));
                }
                else
                {
                    Console.WriteLine($"# {document.Metadata.Title}");
                    Console.WriteLine($"{document.Metadata.Outlet} | {string.Join(", ", document.Metadata.Authors)} | {document.Metadata.Published:O}");
                    Console.WriteLine();
                    Console.WriteLine(document.Text);
                    Console.WriteLine();
                }
            }

            return failed == 0 ? ExitCodes.Success : succeeded == 0 ? ExitCodes.AllFailed : ExitCodes.SomeFailed;
        });
        return command;
    }
}
