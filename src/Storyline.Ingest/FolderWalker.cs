namespace Storyline.Ingest;

/// <summary>
/// Lists the files under a folder recursively in a deterministic order (entries sorted by ordinal
/// name at each level), skipping hidden entries and symbolic links to folders (no cycles).
/// A folder that cannot be listed is reported, not thrown.
/// </summary>
public static class FolderWalker
{
    /// <returns>Each file path, or a folder path with the problem that stopped its listing.</returns>
    public static IEnumerable<(string Path, string? Problem)> Walk(string folder)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [(folder, e is UnauthorizedAccessException ? "permission denied" : e.Message)];
        }

        return WalkEntries(folder, entries);
    }

    private static IEnumerable<(string Path, string? Problem)> WalkEntries(string folder, FileSystemInfo[] entries)
    {
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var path = Path.Combine(folder, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is not null)
                {
                    continue;
                }

                foreach (var nested in Walk(path))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (path, null);
            }
        }
    }
}
