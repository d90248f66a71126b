namespace Storyline.Web.Tests.Browser;

/// <summary>Where the repository's own files (the demo corpus) are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "samples")) && File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root (samples/ and Storyline.slnx) above {AppContext.BaseDirectory}.");
    }
}
