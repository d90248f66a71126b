using Storyline.Eval.Rouge;

namespace Storyline.Eval.Tests.Rouge;

/// <summary>
/// The ROUGE port must reproduce the official MultiLing 2011 English results (ROUGE-1.5.5 with
/// -a -x -2 4 -u -c 95 -r 1000 -n 2 -f A -p 0.5 -t 0 -d) for every peer and every published metric.
/// </summary>
public sealed class MultiLingReproductionTests
{
    private const double Tolerance = 0.001;

    [Fact]
    public void Every_published_average_is_reproduced_within_a_thousandth()
    {
        var folder = PeerModelFolder.Read(SharedData.Path("summarization", "multiling2011-en"));
        var published = PublishedRouge.Read(Path.Combine(folder.Path, "published_eval", "AutomaticEvaluation", "ROUGE", "Averages"));
        Assert.Equal(30, published.Count); // 10 peers x ROUGE-1, ROUGE-2, ROUGE-SU4

        var results = RougeEvaluation.Run(folder, RougeOptions.MultiLing2011).ToDictionary(r => r.System);
        var failures = new List<string>();
        foreach (var row in published)
        {
            var ours = results[row.System].Averages[row.Metric].Mean;
            foreach (var (what, expected, actual) in new[] { ("R", row.Recall, ours.Recall), ("P", row.Precision, ours.Precision), ("F", row.F, ours.F) })
            {
                if (Math.Abs(expected - actual) > Tolerance)
                {
                    failures.Add($"{row.System} {row.Metric} {what}: published {expected:F5}, ours {actual:F5}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

/// <summary>
/// The detailed published file lists every per-topic score and every average with its confidence
/// interval. Its evaluation ids number the topics in an order of the organisers' configuration, so
/// the topic of each id is first recovered from one system and metric (ID1, ROUGE-1), then that one
/// numbering must reproduce every other system and metric to the printed fifth decimal, and the
/// averages and intervals too (they are the script's bootstrap means, which checks the drand48
/// resampling as well).
/// </summary>
public sealed class MultiLingDetailedReproductionTests
{
    private sealed record PublishedLine(string Line, string System, string Metric, string Kind, string Key, double[] Values);

    [Fact]
    public void Every_per_topic_score_and_interval_matches_the_printed_digits()
    {
        var folder = PeerModelFolder.Read(SharedData.Path("summarization", "multiling2011-en"));
        var detailed = SharedData.Path("summarization", "multiling2011-en", "published_eval", "AutomaticEvaluation", "ROUGE", "Detailed", "englishDetailed.txt");
        var lines = File.ReadLines(detailed).Select(Parse).OfType<PublishedLine>().ToList();
        Assert.True(lines.Count >= 390, $"only {lines.Count} score lines were read from {detailed}");

        var unnumbered = RougeEvaluation.Run(folder, RougeOptions.MultiLing2011).Single(r => r.System == "ID1").PerEvaluation["ROUGE-1"];
        var ids = new Dictionary<string, string>();
        foreach (var line in lines.Where(l => l is { System: "ID1", Metric: "ROUGE-1", Kind: "Eval" }))
        {
            var match = unnumbered.Where(p => Same(p.Value, line.Values)).Select(p => folder.Topics[int.Parse(p.Key.Split('.')[0]) - 1]).ToList();
            Assert.True(match.Count == 1, $"{line.Line}: {match.Count} topics have these scores");
            ids[match[0]] = line.Key.Split('.')[0];
        }

        var results = RougeEvaluation.Run(folder.WithEvaluationIds(ids), RougeOptions.MultiLing2011).ToDictionary(r => r.System);
        var failures = new List<string>();
        foreach (var line in lines)
        {
            var result = results[line.System];
            double[] ours = line.Kind == "Eval"
                ? Values(result.PerEvaluation[line.Metric][line.Key])
                : Pick(result.Averages[line.Metric], line.Kind);
            if (!ours.Zip(line.Values).All(pair => Math.Abs(pair.First - pair.Second) < 0.000006))
            {
                failures.Add($"{line.Line} -> ours {string.Join(" ", ours.Select(v => v.ToString("F5")))}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {lines.Count} lines differ:\n" + string.Join("\n", failures.Take(20)));
    }

    private static bool Same(RougeScore score, double[] values) => Values(score).Zip(values).All(p => Math.Abs(p.First - p.Second) < 0.000006);

    private static double[] Values(RougeScore score) => [score.Recall, score.Precision, score.F];

    private static double[] Pick(RougeAverage average, string kind)
    {
        Func<RougeScore, double> pick = kind switch
        {
            "Average_R" => s => s.Recall,
            "Average_P" => s => s.Precision,
            _ => s => s.F,
        };
        return [pick(average.Mean), pick(average.Lower), pick(average.Upper)];
    }

    // "ID1 ROUGE-1 Eval 1.ID1 R:0.36230 P:0.49362 F:0.41789" or
    // "ID1 ROUGE-1 Average_R: 0.40524 (95%-conf.int. 0.37197 - 0.44134)"
    private static PublishedLine? Parse(string line)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static double Number(string text) => double.Parse(text.Trim(')', 'R', 'P', 'F', ':'), System.Globalization.CultureInfo.InvariantCulture);
        if (f.Length == 7 && f[2] == "Eval")
        {
            return new PublishedLine(line, f[0], f[1], "Eval", f[3], [Number(f[4]), Number(f[5]), Number(f[6])]);
        }

        if (f.Length == 8 && f[2].StartsWith("Average_", StringComparison.Ordinal))
        {
            return new PublishedLine(line, f[0], f[1], f[2].TrimEnd(':'), "", [Number(f[3]), Number(f[5]), Number(f[7])]);
        }

        return null;
    }
}
