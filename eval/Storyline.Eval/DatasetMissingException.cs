namespace Storyline.Eval;

/// <summary>Raised when an evaluation's data folder or file is absent or not of the expected format.</summary>
public sealed class DatasetMissingException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
}
