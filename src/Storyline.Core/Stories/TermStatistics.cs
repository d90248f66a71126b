namespace Storyline.Core.Stories;

/// <summary>
/// The clusterer's vocabulary (term to dense id) and document frequencies, updated online as
/// articles arrive, so inverse document frequency reflects the stream seen so far.
/// </summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequencies = [];

    public int Documents { get; private set; }

    public int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _documentFrequencies.Count;
            _ids[term] = id;
            _documentFrequencies.Add(0);
        }

        return id;
    }

    /// <summary>Smoothed IDF, log((N + 1) / (df + 0.5)): rare terms weigh most, a term in every document still a little.</summary>
    public double Idf(int id) => Math.Log((Documents + 1.0) / (_documentFrequencies[id] + 0.5));

    /// <summary>Counts one more document holding each of <paramref name="distinctTerms"/>.</summary>
    public void Observe(IEnumerable<int> distinctTerms)
    {
        Documents++;
        foreach (var id in distinctTerms)
        {
            _documentFrequencies[id]++;
        }
    }
}
