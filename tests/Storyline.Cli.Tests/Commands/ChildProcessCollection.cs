namespace Storyline.Cli.Tests.Commands;

/// <summary>Tests that run the CLI as child processes share the few cores: run them one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessCollection
{
    public const string Name = "child processes";
}
