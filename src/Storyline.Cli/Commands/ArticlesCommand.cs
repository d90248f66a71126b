using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline articles list|show</c>: read stored articles.</summary>
public static class ArticlesCommand
{
    public static Command Create()
    {
        var command = new Command("articles", "List and show stored articles");
        return command;
    }
}
