using System.CommandLine;
using System.Runtime.InteropServices;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C and SIGTERM cancel the running command, which then stops cleanly (exit 130) with
        // its committed work kept, instead of the runtime killing the process mid-write.
        using var interrupted = new CancellationTokenSource();
        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        return await RunAsync(args, output: null, error: null, interrupted.Token);
    }

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

        // Interruption is handled by the caller's token (see Main), not by System.CommandLine's own timer.
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
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
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(FiguresCommand.Create());
        root.Subcommands.Add(Commands.Briefings.BriefCommand.Create());
        root.Subcommands.Add(Commands.Web.ServeCommand.Create());
        root.Subcommands.Add(Commands.Web.IndexCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        return root;
    }
}
