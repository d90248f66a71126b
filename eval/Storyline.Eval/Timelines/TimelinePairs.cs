namespace Storyline.Eval.Timelines;

/// <summary>A system timeline and the gold timeline it is scored against.</summary>
public sealed record TimelinePair(string Topic, string Name, string GoldPath, string SystemPath);

/// <summary>
/// Pairs system timelines with gold ones by name: gold <c>PREFIX-TOPIC/NAME.txt</c> (the tilse
/// layout, e.g. <c>tl17-bpoil/bbc.txt</c>) goes with the system file ending in <c>_TOPIC_NAME.txt</c>
/// (SDF-TLS's naming, e.g. <c>TL17_bestds_bpoil_bbc.txt</c>); a gold name with a domain suffix
/// (<c>bbc.co.uk</c>) also matches its first part.
/// </summary>
public static class TimelinePairs
{
    public static IReadOnlyList<TimelinePair> Match(string goldFolder, string systemFolder)
    {
        if (!Directory.Exists(goldFolder))
        {
            throw new DatasetMissingException(goldFolder, "expected a folder of TOPIC/NAME.txt gold timelines");
        }

        if (!Directory.Exists(systemFolder))
        {
            throw new DatasetMissingException(systemFolder, "expected a folder of system timelines");
        }

        var systemFiles = Directory.EnumerateFiles(systemFolder, "*.txt").ToList();
        var pairs = new List<TimelinePair>();
        foreach (var topicFolder in Directory.EnumerateDirectories(goldFolder).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(topicFolder);
            var topic = folderName[(folderName.IndexOf('-') + 1)..];
            foreach (var gold in Directory.EnumerateFiles(topicFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(gold);
                var system = systemFiles.FirstOrDefault(f => Path.GetFileName(f).EndsWith($"_{topic}_{name}.txt", StringComparison.Ordinal))
                    ?? systemFiles.FirstOrDefault(f => Path.GetFileName(f).EndsWith($"_{topic}_{name.Split('.')[0]}.txt", StringComparison.Ordinal));
                if (system is not null)
                {
                    pairs.Add(new TimelinePair(folderName, name, gold, system));
                }
            }
        }

        return pairs;
    }
}
