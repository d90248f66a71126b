namespace Storyline.Core.Stories;

/// <summary>
/// The clusterer's vocabulary (term to dense id) and document frequencies, updated online as
/// articles arrive, so inverse document frequency reflects the stream seen so far.
/// </summary>
internal sealed class TermStatistics(int backgroundDocuments)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequencies = [];

    // log(df + 0.5) per term and log(N + B + 1), kept current so IDF costs a subtraction, not a logarithm:
    // it is read for every term of every comparison.
    private readonly List<double> _logFrequencies = [];
    private double _logDocuments = Math.Log(backgroundDocuments + 1.0);

    public int Documents { get; private set; }

    public int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _documentFrequencies.Count;
            _ids[term] = id;
            _documentFrequencies.Add(0);
            _logFrequencies.Add(Math.Log(0.5));
        }

        return id;
    }

    /// <summary>
    /// Smoothed IDF, log((N + B + 1) / (df + 0.5)), where B background documents hold none of the
    /// content terms. Without them the first articles of a stream are mostly about one event, so the
    /// very terms that event's articles share look common and weigh least; B stands for the world's
    /// other news until the stream has enough of its own.
    /// </summary>
    public double Idf(int id) => _logDocuments - _logFrequencies[id];

    /// <summary>Counts one more document holding each of <paramref name="distinctTerms"/>.</summary>
    public void Observe(IEnumerable<int> distinctTerms)
    {
        Documents++;
        _logDocuments = Math.Log(Documents + backgroundDocuments + 1.0);
        foreach (var id in distinctTerms)
        {
            _documentFrequencies[id]++;
            _logFrequencies[id] = Math.Log(_documentFrequencies[id] + 0.5);
        }
    }
}
