using System.IO.Compression;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// A trained entity tagger: a structured (averaged) perceptron over BILOU tags. Weights are kept
/// as 16-bit integers with one scale, one row of <see cref="BilouTags.Count"/> per feature key.
/// Immutable and thread-safe. The shipped model (Resources/ner-model.bin.gz, trained on CoNLL-2003
/// by NerPerceptronTrainer) is loaded once, on first use.
/// </summary>
public sealed class NerModel
{
    private const int T = BilouTags.Count;
    private const string Magic = "SLNER1";
    private const string ResourceName = "ner-model.bin.gz";

    private static readonly Lazy<NerModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ulong[] _keys;
    private readonly FeatureTable _table;
    private readonly short[] _weights;
    private readonly float _scale;
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly float[] _end;

    internal NerModel(ulong[] keys, short[] weights, float scale, float[] transitions, float[] start, float[] end, Gazetteer gazetteer)
    {
        if (weights.Length != keys.Length * T || transitions.Length != T * T || start.Length != T || end.Length != T)
        {
            throw new ArgumentException("Model arrays do not match the number of features and tags.");
        }

        _keys = keys;
        _table = new FeatureTable(keys);
        _weights = weights;
        _scale = scale;
        _transitions = transitions;
        _start = start;
        _end = end;
        Gazetteer = gazetteer;
    }

    /// <summary>The model shipped with Storyline, loaded on first use.</summary>
    public static NerModel Default => Shipped.Value;

    public Gazetteer Gazetteer { get; }

    public int FeatureCount => _keys.Length;

    /// <summary>BILOU tags (see <see cref="BilouTags"/>) for each sentence of one document.</summary>
    /// <remarks>Pass a whole document at once: how a word is written elsewhere in it is a feature.</remarks>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var features = NerFeatureExtractor.Extract(sentences, Gazetteer.TypesOf);
        var tags = new int[features.Length][];
        var emissions = Array.Empty<float>();
        for (var s = 0; s < features.Length; s++)
        {
            var sentence = features[s];
            if (emissions.Length < sentence.Length * T)
            {
                emissions = new float[Math.Max(sentence.Length, 64) * T];
            }

            Score(sentence, emissions);
            tags[s] = Viterbi.Decode(emissions, sentence.Length, _transitions, _start, _end);
        }

        return tags;
    }

    private void Score(SentenceFeatures sentence, float[] emissions)
    {
        Span<int> accumulator = stackalloc int[T];
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

                var weights = _weights.AsSpan(row * T, T);
                for (var t = 0; t < T; t++)
                {
                    accumulator[t] += weights[t];
                }
            }

            for (var t = 0; t < T; t++)
            {
                emissions[(i * T) + t] = accumulator[t] * _scale;
            }
        }
    }

    public void Save(Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(T);
        writer.Write(_keys.Length);

        // Keys sorted and delta-coded compress far better than raw 64-bit hashes.
        var order = Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]).ToArray();
        var previous = 0ul;
        foreach (var row in order)
        {
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
        }

        writer.Write(_scale);

        // Column-major (all rows of tag 0, then tag 1...) groups the many zeros together.
        for (var t = 0; t < T; t++)
        {
            foreach (var row in order)
            {
                writer.Write(_weights[(row * T) + t]);
            }
        }

        foreach (var value in _transitions.Concat(_start).Concat(_end))
        {
            writer.Write(value);
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
            if (reader.ReadString() != Magic || reader.ReadInt32() != T)
            {
                throw new InvalidDataException("Not a Storyline entity model (bad header).");
            }

            var count = reader.ReadInt32();
            var keys = new ulong[count];
            var previous = 0ul;
            for (var i = 0; i < count; i++)
            {
                previous += (ulong)reader.Read7BitEncodedInt64();
                keys[i] = previous;
            }

            var scale = reader.ReadSingle();
            var weights = new short[count * T];
            for (var t = 0; t < T; t++)
            {
                for (var row = 0; row < count; row++)
                {
                    weights[(row * T) + t] = reader.ReadInt16();
                }
            }

            var transitions = ReadFloats(reader, T * T);
            var start = ReadFloats(reader, T);
            var end = ReadFloats(reader, T);
            var entries = reader.ReadInt32();
            var gazetteer = new Dictionary<ulong, uint>(entries);
            for (var i = 0; i < entries; i++)
            {
                gazetteer[reader.ReadUInt64()] = reader.ReadUInt32();
            }

            return new NerModel(keys, weights, scale, transitions, start, end, new Gazetteer(gazetteer));
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
