using System.IO.Compression;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// A trained entity tagger: structured (averaged) perceptrons over BILOU tags in two passes. The
/// first pass tags each sentence from local, document-case and gazetteer features; the second adds
/// what the first pass said about the same words elsewhere in the document
/// (<see cref="DocumentPredictionFeatures"/>). Weights are 16-bit integers with one scale per pass;
/// both passes share one key table, each key owning a row of <see cref="BilouTags.Count"/> weights per
/// pass side by side, so one lookup serves both. Immutable and thread-safe. The shipped model
/// (Resources/ner-model.bin.gz, trained on CoNLL-2003 by NerPerceptronTrainer) is loaded on first use.
/// </summary>
public sealed class NerModel
{
    public const int Passes = 2;

    private const int T = BilouTags.Count;
    private const int RowWidth = T * Passes;
    private const string Magic = "SLNER2";
    private const string ResourceName = "ner-model.bin.gz";

    private static readonly Lazy<NerModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ulong[] _keys;
    private readonly FeatureTable _table;
    private readonly short[] _weights;
    private readonly NerPassParameters[] _passes;

    /// <param name="weights">Per key, <see cref="Passes"/> rows of <see cref="BilouTags.Count"/> weights side by side.</param>
    internal NerModel(ulong[] keys, short[] weights, NerPassParameters[] passes, Gazetteer gazetteer)
    {
        if (weights.Length != keys.Length * RowWidth || passes.Length != Passes || passes.Any(p => !p.IsWellFormed))
        {
            throw new ArgumentException("Model arrays do not match the number of features, passes and tags.");
        }

        _keys = keys;
        _table = new FeatureTable(keys);
        _weights = weights;
        _passes = passes;
        Gazetteer = gazetteer;
    }

    /// <summary>The model shipped with Storyline, loaded on first use.</summary>
    public static NerModel Default => Shipped.Value;

    public Gazetteer Gazetteer { get; }

    public int FeatureCount => _keys.Length;

    /// <summary>BILOU tags (see <see cref="BilouTags"/>) for each sentence of one document.</summary>
    /// <remarks>Pass a whole document at once: how a word is written and tagged elsewhere in it are features.</remarks>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var features = NerFeatureExtractor.Extract(sentences, Gazetteer.TypesOf);
        var firstTags = new int[features.Length][];
        var secondEmissions = new float[features.Length][];
        var emissions = Array.Empty<float>();
        var first = _passes[0];
        for (var s = 0; s < features.Length; s++)
        {
            var sentence = features[s];
            if (emissions.Length < sentence.Length * T)
            {
                emissions = new float[Math.Max(sentence.Length, 64) * T];
            }

            secondEmissions[s] = new float[sentence.Length * T];
            ScoreBoth(sentence, emissions, secondEmissions[s]);
            firstTags[s] = Viterbi.Decode(emissions, sentence.Length, first.Transitions, first.Start, first.End);
        }

        var extra = DocumentPredictionFeatures.Extract(sentences, firstTags);
        var second = _passes[1];
        var tags = new int[features.Length][];
        for (var s = 0; s < features.Length; s++)
        {
            AddSecondPass(extra[s], secondEmissions[s]);
            tags[s] = Viterbi.Decode(secondEmissions[s], features[s].Length, second.Transitions, second.Start, second.End);
        }

        return tags;
    }

    private void ScoreBoth(SentenceFeatures sentence, float[] firstEmissions, float[] secondEmissions)
    {
        Span<int> accumulator = stackalloc int[RowWidth];
        var firstScale = _passes[0].Scale;
        var secondScale = _passes[1].Scale;
        for (var i = 0; i < sentence.Length; i++)
        {
            accumulator.Clear();
            for (var k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                var row = _table.Find(sentence.Keys[k]);
                if (row < 0)
                {
                    continue;
                }

                var weights = _weights.AsSpan(row * RowWidth, RowWidth);
                for (var t = 0; t < RowWidth; t++)
                {
                    accumulator[t] += weights[t];
                }
            }

            for (var t = 0; t < T; t++)
            {
                firstEmissions[(i * T) + t] = accumulator[t] * firstScale;
                secondEmissions[(i * T) + t] = accumulator[T + t] * secondScale;
            }
        }
    }

    private void AddSecondPass(SentenceFeatures extra, float[] emissions)
    {
        Span<int> accumulator = stackalloc int[T];
        var scale = _passes[1].Scale;
        for (var i = 0; i < extra.Length; i++)
        {
            accumulator.Clear();
            for (var k = extra.Offsets[i]; k < extra.Offsets[i + 1]; k++)
            {
                var row = _table.Find(extra.Keys[k]);
                if (row < 0)
                {
                    continue;
                }

                var weights = _weights.AsSpan((row * RowWidth) + T, T);
                for (var t = 0; t < T; t++)
                {
                    accumulator[t] += weights[t];
                }
            }

            for (var t = 0; t < T; t++)
            {
                emissions[(i * T) + t] += accumulator[t] * scale;
            }
        }
    }

    public void Save(Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(T);
        writer.Write(Passes);
        writer.Write(_keys.Length);

        // Keys sorted and delta-coded compress far better than raw 64-bit hashes.
        var order = Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]).ToArray();
        var previous = 0ul;
        foreach (var row in order)
        {
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
        }

        for (var pass = 0; pass < Passes; pass++)
        {
            var parameters = _passes[pass];
            writer.Write(parameters.Scale);

            // Column-major (all rows of tag 0, then tag 1...) groups the many zeros together.
            for (var t = 0; t < T; t++)
            {
                foreach (var row in order)
                {
                    writer.Write(_weights[(row * RowWidth) + (pass * T) + t]);
                }
            }

            foreach (var value in parameters.Transitions.Concat(parameters.Start).Concat(parameters.End))
            {
                writer.Write(value);
            }
        }

        var entries = Gazetteer.Entries.OrderBy(e => e.Key).ToArray();
        writer.Write(entries.Length);
        foreach (var (hash, types) in entries)
        {
            writer.Write(hash);
            writer.Write(types);
        }
    }

    public static NerModel Load(Stream source)
    {
        using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != T || reader.ReadInt32() != Passes)
            {
                throw new InvalidDataException($"Not a Storyline entity model of this version (expected header {Magic}).");
            }

            var count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException($"The entity model declares {count} features.");
            }

            var keys = new ulong[count];
            var previous = 0ul;
            for (var i = 0; i < count; i++)
            {
                previous += (ulong)reader.Read7BitEncodedInt64();
                keys[i] = previous;
            }

            var weights = new short[count * RowWidth];
            var passes = new NerPassParameters[Passes];
            for (var pass = 0; pass < Passes; pass++)
            {
                var scale = reader.ReadSingle();
                for (var t = 0; t < T; t++)
                {
                    for (var row = 0; row < count; row++)
                    {
                        weights[(row * RowWidth) + (pass * T) + t] = reader.ReadInt16();
                    }
                }

                passes[pass] = new NerPassParameters(scale, ReadFloats(reader, T * T), ReadFloats(reader, T), ReadFloats(reader, T));
            }

            var entries = reader.ReadInt32();
            var gazetteer = new Dictionary<ulong, uint>(Math.Max(0, entries));
            for (var i = 0; i < entries; i++)
            {
                gazetteer[reader.ReadUInt64()] = reader.ReadUInt32();
            }

            return new NerModel(keys, weights, passes, new Gazetteer(gazetteer));
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException("The entity model is truncated.", error);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    private static NerModel LoadShipped()
    {
        using var stream = EmbeddedResource.OpenStream(ResourceName);
        return Load(stream);
    }
}
