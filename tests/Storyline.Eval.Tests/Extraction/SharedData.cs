namespace Storyline.Eval.Tests.Extraction;

/// <summary>Finds the read-only evaluation data: $STORYLINE_DATA, or a shared/data folder above the test's directory.</summary>
internal static class SharedData
{
    public static string ScrapinghubFolder() => Path.Combine(Root(), "extraction", "scrapinghub-aeb");

    private static string Root()
    {
        if (Environment.GetEnvironmentVariable("STORYLINE_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"STORYLINE_DATA is set to '{configured}', which does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Evaluation data not found: no shared/data folder above {AppContext.BaseDirectory} and STORYLINE_DATA is not set.");
    }
}
