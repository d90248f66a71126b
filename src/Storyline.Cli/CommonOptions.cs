using System.CommandLine;

namespace Storyline.Cli;

/// <summary>Options shared by several commands, so every command spells and documents them the same way.</summary>
public static class CommonOptions
{
    /// <summary>The default store: ./storyline.db, or STORYLINE_DB when set.</summary>
    public static string DefaultDatabase =>
        Environment.GetEnvironmentVariable("STORYLINE_DB") is { Length: > 0 } path ? path : "storyline.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite store to use (default: ./storyline.db, or $STORYLINE_DB)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of a table",
    };

    public static Option<string> Data() => new("--data")
    {
        Description = "Dataset folder or file to score on",
        Required = true,
    };
}
