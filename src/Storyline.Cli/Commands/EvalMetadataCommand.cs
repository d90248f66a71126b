using System.CommandLine;

namespace Storyline.Cli.Commands;

public static class EvalMetadataCommand
{
    public static Command Create() => new("metadata", "Score title, byline and published time on the Readability test pages");
}
