using System.CommandLine;
using Spectre.Console;

namespace Storyline.Cli.Output;

/// <summary>
/// Where a command writes, and whether a person is watching: Spectre.Console widgets (progress,
/// tables) only when the stream is the real, unredirected console; plain text otherwise, so
/// pipes, logs and tests get stable output.
/// </summary>
public sealed record CliStreams(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    public static CliStreams From(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        return new CliStreams(
            output,
            error,
            ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
            ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
    }

    /// <summary>A Spectre console drawing on stderr, so stdout stays clean for results.</summary>
    public IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });

    public IAnsiConsole OutConsole() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
}
