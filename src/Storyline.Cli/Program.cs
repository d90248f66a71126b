using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, output: null, error: null);

    /// <summary>Runs one command line; <paramref name="output"/> and <paramref name="error"/> replace the console (tests, embedding).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output, TextWriter? error, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        var errors = error ?? Console.Error;
        if (parsed.Errors.Count > 0 && parsed.Action is not null && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var problem in parsed.Errors)
            {
                await errors.WriteLineAsync($"storyline: {problem.Message}");
            }

            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return await parsed.InvokeAsync(configuration, cancellationToken);
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
