namespace Storyline.Eval.Time;

/// <summary>
/// Every TimeML document under a folder, recursively: <c>.tml</c> files and CAT <c>.xml</c> files.
/// A document met twice under the same file name (MEANTIME ships each article in both its
/// intra-doc and cross-doc folders) is read once, from the first path in ordinal order.
/// </summary>
public static class TimeMlCorpus
{
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DatasetMissingException(folder, "no such folder; expected TimeML .tml files (TempEval-3) or CAT .xml files (MEANTIME).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".tml", StringComparison.OrdinalIgnoreCase) || (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && IsCatDocument(path)))
            .Order(StringComparer.Ordinal)
            .Where(path => seen.Add(Path.GetFileName(path)))
            .ToList();
        return files.Count > 0
            ? files
            : throw new DatasetMissingException(folder, "holds no TimeML .tml files nor CAT .xml documents.");
    }

    private static bool IsCatDocument(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[512];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("<Document", StringComparison.Ordinal);
    }
}
