using System.Runtime.CompilerServices;

namespace Storyline.Core.Tests.Extraction;

/// <summary>Reads the hand-written scraped-text fixtures that sit next to these tests.</summary>
internal static class PlainTextFixtures
{
    public static string Read(string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Fixtures", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fixture '{name}' not found at {path}.", path);
        }

        return File.ReadAllText(path);
    }
}
