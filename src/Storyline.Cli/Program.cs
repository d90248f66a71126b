using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not null && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"storyline: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync();
    }

    /// <summary>The whole command tree, assembled in one place.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Storyline: news reports from many outlets in, sourced and checkable event briefings out.");
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }
}
