namespace Storyline.Eval.Tests.Ner;

/// <summary>Finds the read-only evaluation data: $STORYLINE_DATA, or a shared/data folder above the tests.</summary>
internal static class SharedData
{
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("STORYLINE_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"STORYLINE_DATA={configured} does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/data folder above {AppContext.BaseDirectory} and STORYLINE_DATA is not set: the CoNLL-2003 files are needed for this test.");
    }
}
