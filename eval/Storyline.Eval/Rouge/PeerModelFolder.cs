namespace Storyline.Eval.Rouge;

/// <summary>
/// A DUC/TAC/MultiLing-style evaluation folder: <c>peers/SYSTEM/TOPIC</c> (one summary per system
/// and topic) and <c>models/TOPIC.X...</c> (the references of a topic share its name before the
/// first dot). Evaluation ids are the topics' 1-based positions in name order, as in the published
/// MultiLing ROUGE files' form; a run whose configuration numbered topics otherwise can say so
/// with <see cref="WithEvaluationIds"/> (the ids order the bootstrap resampling, so they matter in
/// the fifth decimal of averages).
/// </summary>
public sealed record PeerModelFolder(
    string Path,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ModelFilesByTopic,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> PeerFilesBySystem)
{
    public static PeerModelFolder Read(string path)
    {
        var models = System.IO.Path.Combine(path, "models");
        var peers = System.IO.Path.Combine(path, "peers");
        if (!Directory.Exists(models) || !Directory.Exists(peers))
        {
            throw new DatasetMissingException(path, "expected a folder with models/ and peers/SYSTEM/ subfolders");
        }

        var modelFiles = Directory.EnumerateFiles(models)
            .GroupBy(file => System.IO.Path.GetFileName(file).Split('.')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        if (modelFiles.Count == 0)
        {
            throw new DatasetMissingException(models, "no reference summaries");
        }

        var topics = modelFiles.Keys.Order(StringComparer.Ordinal).ToList();
        var systems = Directory.EnumerateDirectories(peers)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                dir => System.IO.Path.GetFileName(dir),
                dir => (IReadOnlyDictionary<string, string>)Directory.EnumerateFiles(dir)
                    .Where(file => modelFiles.ContainsKey(System.IO.Path.GetFileName(file).Split('.')[0]))
                    .ToDictionary(file => System.IO.Path.GetFileName(file).Split('.')[0], file => file, StringComparer.Ordinal),
                StringComparer.Ordinal);
        return new PeerModelFolder(path, topics, modelFiles, systems);
    }

    /// <summary>Topic name to evaluation id; null means 1-based position in name order.</summary>
    public IReadOnlyDictionary<string, string>? EvaluationIds { get; init; }

    public PeerModelFolder WithEvaluationIds(IReadOnlyDictionary<string, string> ids) => this with { EvaluationIds = ids };

    public string EvaluationId(string topic) =>
        EvaluationIds?.GetValueOrDefault(topic)
        ?? (Topics.ToList().IndexOf(topic) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
