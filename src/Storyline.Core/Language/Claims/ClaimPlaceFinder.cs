using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// Where a figure's count applies: the place named nearest the figure in its own sentence, else the
/// article's main place (its dateline when it opens with one, else the place it names most often).
/// </summary>
internal sealed class ClaimPlaceFinder
{
    private readonly IReadOnlyList<Place> _places;
    private readonly Place? _main;

    public ClaimPlaceFinder(IReadOnlyList<Place> places, IReadOnlyList<Sentence> sentences)
    {
        _places = places;
        _main = MainPlace(places, sentences);
    }

    public (Place? Place, bool Stated) Find(TextRange sentence, TextRange figure)
    {
        Place? nearest = null;
        var best = int.MaxValue;
        foreach (var place in SpanIndex.Within(_places, sentence))
        {
            var distance = SpanIndex.Distance(place.Range, figure);

            // A place before the figure ("in Kaseke, 12 people died") is as likely as one after it;
            // ties go to the earlier one, which is usually where the count was taken.
            if (distance < best)
            {
                best = distance;
                nearest = place;
            }
        }

        return nearest is not null ? (nearest, true) : (_main, false);
    }

    private static Place? MainPlace(IReadOnlyList<Place> places, IReadOnlyList<Sentence> sentences)
    {
        if (places.Count == 0)
        {
            return null;
        }

        if (sentences.Count > 0 && places[0].Range.Start < sentences[0].Range.End && places[0].Range.Start < 40)
        {
            return places[0];
        }

        return places
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Range.Start)
            .First()
            .First();
    }
}
