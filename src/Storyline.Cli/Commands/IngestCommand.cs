using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline ingest</c>: read, extract and store articles.</summary>
public static class IngestCommand
{
    public static Option<bool> AllowPrivateOption() => new("--allow-private")
    {
        Description = "Allow fetching private, loopback and link-local addresses (refused by default)",
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, .gz, JSON Lines, URLs, feeds, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read, extract and store articles") { inputs, CommonOptions.Database(), AllowPrivateOption() };
        command.SetAction(_ => ExitCodes.Usage);
        return command;
    }
}
