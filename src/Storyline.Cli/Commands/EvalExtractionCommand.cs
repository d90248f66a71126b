using System.CommandLine;

namespace Storyline.Cli.Commands;

public static class EvalExtractionCommand
{
    public static Command Create() => new("extraction", "Score body extraction on the scrapinghub article-extraction benchmark");
}
