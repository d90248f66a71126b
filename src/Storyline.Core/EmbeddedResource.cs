namespace Storyline.Core;

/// <summary>Opens the rules-as-data files shipped inside the Core assembly (Resources/).</summary>
internal static class EmbeddedResource
{
    public static StreamReader Open(string fileName) => new(OpenStream(fileName));

    /// <summary>The raw bytes of a shipped file, for binary resources such as the entity model.</summary>
    public static Stream OpenStream(string fileName)
    {
        var assembly = typeof(EmbeddedResource).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from {assembly.GetName().Name}.");
        return assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>The fields of every data line of a shipped tab-separated rules file, read once.</summary>
    public static IReadOnlyList<string[]> Rows(string fileName)
    {
        using var reader = Open(fileName);
        return [.. ReadRows(reader).Select(row => row.Fields)];
    }

    /// <summary>The data lines of a tab-separated rules file: comments (#) and blank lines skipped.</summary>
    public static IEnumerable<(int LineNumber, string[] Fields)> ReadRows(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }
}
