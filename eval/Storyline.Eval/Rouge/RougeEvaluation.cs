namespace Storyline.Eval.Rouge;

/// <summary>One system's ROUGE results: per metric, the score of every evaluation and the average.</summary>
public sealed record RougeSystemResult(
    string System,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, RougeScore>> PerEvaluation,
    IReadOnlyDictionary<string, RougeAverage> Averages);

/// <summary>Runs ROUGE over every system of a <see cref="PeerModelFolder"/> (the script's <c>-a</c>).</summary>
public static class RougeEvaluation
{
    public static IReadOnlyList<RougeSystemResult> Run(PeerModelFolder folder, RougeOptions options)
    {
        var scorer = new RougeScorer(options);
        var models = folder.ModelFilesByTopic.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<RougeTokens>)[.. pair.Value.Select(file => scorer.Prepare(RougeSummary.FromFile(file)))],
            StringComparer.Ordinal);
        var results = new List<RougeSystemResult>();
        foreach (var (system, peerFiles) in folder.PeerFilesBySystem)
        {
            var perEvaluation = scorer.MetricNames.ToDictionary(name => name, _ => new Dictionary<string, RougeScore>(StringComparer.Ordinal));
            foreach (var topic in folder.Topics)
            {
                // The script warns and skips an evaluation a peer has no summary for.
                if (!peerFiles.TryGetValue(topic, out var peerFile))
                {
                    continue;
                }

                var scores = scorer.Score(scorer.Prepare(RougeSummary.FromFile(peerFile)), models[topic]);
                var testId = $"{folder.EvaluationId(topic)}.{system}";
                foreach (var (metric, score) in scores)
                {
                    perEvaluation[metric][testId] = score;
                }
            }

            results.Add(new RougeSystemResult(
                system,
                perEvaluation.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, RougeScore>)p.Value, StringComparer.Ordinal),
                perEvaluation.ToDictionary(p => p.Key, p => RougeAverage.Of(p.Value, options), StringComparer.Ordinal)));
        }

        return results;
    }
}
