using System.Collections.Immutable;
using System.Globalization;

namespace Storyline.Core.Stories;

/// <summary>
/// Two logistic models over <see cref="StoryFeatures"/>: the probability that an article belongs to
/// a candidate story (join) and that two stories tell one event (merge), with the least probability
/// for each decision. The shipped model (Resources/story-similarity.tsv) was learned from labelled
/// clusters by <c>storyline train clustering</c>; its header says from what.
/// </summary>
public sealed record StorySimilarityModel(
    ImmutableArray<double> JoinWeights,
    double JoinBias,
    double JoinThreshold,
    ImmutableArray<double> MergeWeights,
    double MergeBias,
    double MergeThreshold)
{
    public const string ResourceName = "story-similarity.tsv";

    /// <summary>The model shipped with Storyline.</summary>
    public static StorySimilarityModel Default { get; } = LoadDefault();

    /// <summary>Feature names, in weight order.</summary>
    public static ImmutableArray<string> FeatureNames => StoryFeatures.Names;

    public double JoinProbability(ReadOnlySpan<double> features) => Logistic(JoinWeights, JoinBias, features);

    public double MergeProbability(ReadOnlySpan<double> features) => Logistic(MergeWeights, MergeBias, features);

    /// <summary>
    /// Reads a model file: tab-separated <c>decision  name  value</c> lines, decision being join or
    /// merge and name a feature, <c>bias</c> or <c>threshold</c>; '#' lines are comments. Every
    /// feature must be listed for both decisions.
    /// </summary>
    public static StorySimilarityModel Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = StoryFeatures.Names;
        var join = new double?[names.Length + 2];
        var merge = new double?[names.Length + 2];
        foreach (var (line, fields) in EmbeddedResource.ReadRows(reader))
        {
            if (fields.Length != 3 || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"{source}:{line}: expected 'join|merge<TAB>name<TAB>number'");
            }

            var target = fields[0] switch
            {
                "join" => join,
                "merge" => merge,
                _ => throw new InvalidDataException($"{source}:{line}: unknown decision '{fields[0]}' (join or merge)"),
            };
            var index = fields[1] switch
            {
                "bias" => names.Length,
                "threshold" => names.Length + 1,
                var name when names.IndexOf(name) is var i and >= 0 => i,
                _ => throw new InvalidDataException($"{source}:{line}: unknown feature '{fields[1]}' (one of {string.Join(", ", names)}, bias, threshold)"),
            };
            target[index] = value;
        }

        double[] Complete(double?[] values, string decision)
        {
            var missing = values.Select((v, i) => (v, i)).Where(p => p.v is null).Select(p => p.i < names.Length ? names[p.i] : p.i == names.Length ? "bias" : "threshold").ToList();
            return missing.Count == 0 ? [.. values.Select(v => v!.Value)] : throw new InvalidDataException($"{source}: {decision} lacks {string.Join(", ", missing)}");
        }

        var j = Complete(join, "join");
        var m = Complete(merge, "merge");
        return new StorySimilarityModel([.. j[..names.Length]], j[names.Length], j[names.Length + 1], [.. m[..names.Length]], m[names.Length], m[names.Length + 1]);
    }

    /// <summary>Writes the model in the format <see cref="Read"/> takes, after the given comment lines.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comments);
        foreach (var comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        foreach (var (decision, weights, bias, threshold) in new[] { ("join", JoinWeights, JoinBias, JoinThreshold), ("merge", MergeWeights, MergeBias, MergeThreshold) })
        {
            for (var i = 0; i < weights.Length; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{decision}\t{StoryFeatures.Names[i]}\t{weights[i]:R}"));
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{decision}\tbias\t{bias:R}"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{decision}\tthreshold\t{threshold:R}"));
        }
    }

    private static double Logistic(ImmutableArray<double> weights, double bias, ReadOnlySpan<double> features)
    {
        var z = bias;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static StorySimilarityModel LoadDefault()
    {
        using var reader = EmbeddedResource.Open(ResourceName);
        return Read(reader, ResourceName);
    }
}
