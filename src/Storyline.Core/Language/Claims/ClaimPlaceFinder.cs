using Storyline.Core.Model;

namespace Storyline.Core.Language.Claims;

/// <summary>
/// Where a figure's count applies: the place named nearest the figure in its own sentence, within a
/// clause's reach, else the article's main place (its dateline when it opens with one, else the place
/// it names most often). A dateline ("GOMA –") says where the reporter was, not where the count was
/// taken, so it is never the sentence's place.
/// </summary>
internal sealed class ClaimPlaceFinder
{
    /// <summary>How far (in characters) a place may be from the figure to be where the count applies.</summary>
    private const int Reach = 80;

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
            if (distance > Reach || IsDateline(place))
            {
                continue;
            }

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

    private static bool IsDateline(Place place) =>
        place.Range.Start < 40 && place.Text.Any(char.IsLetter) && !place.Text.Any(char.IsLower);

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
