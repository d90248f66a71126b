namespace Storyline.Eval.Tests;

/// <summary>
/// Finds the read-only evaluation data: $STORYLINE_DATA, or a shared/data folder above the test's
/// directory. Missing data fails the test with a message naming what was looked for.
/// </summary>
internal static class SharedData
{
    /// <summary>A path inside the data folder, e.g. <c>Path("ner", "conll2003", "valid.txt")</c>; it must exist.</summary>
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root(), .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"Evaluation data {path} is missing; this test reads it by path.");
    }

    private static string Root()
    {
        if (Environment.GetEnvironmentVariable("STORYLINE_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"STORYLINE_DATA is set to '{configured}', which does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"Evaluation data not found: no shared/data folder above {AppContext.BaseDirectory} and STORYLINE_DATA is not set.");
    }
}
