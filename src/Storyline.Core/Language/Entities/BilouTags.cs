using Storyline.Core.Model;

namespace Storyline.Core.Language.Entities;

/// <summary>
/// The tagger's internal tag set: O plus Begin/Inside/Last/Unit for each entity type (BILOU, which
/// Ratinov and Roth found better than BIO for NER). Tag 0 is O; tag 1 + 4*type + position otherwise.
/// </summary>
public static class BilouTags
{
    public const int Count = 17;
    public const int Outside = 0;

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    public static int Tag(EntityType type, int position) => 1 + (4 * (int)type) + position;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 4);

    public static string TypeName(EntityType type) => TypeNames[(int)type];

    public static bool TryParseType(ReadOnlySpan<char> name, out EntityType type)
    {
        for (var i = 0; i < TypeNames.Length; i++)
        {
            if (name.SequenceEqual(TypeNames[i]))
            {
                type = (EntityType)i;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: sentence start).</summary>
    public static bool CanFollow(int previous, int next)
    {
        var previousOpen = previous > 0 && Position(previous) is Begin or Inside;
        if (previousOpen)
        {
            return next > 0 && Position(next) is Inside or Last && TypeOf(next) == TypeOf(previous);
        }

        return next == Outside || Position(next) is Begin or Unit;
    }

    /// <summary>Whether a sentence may end after <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || Position(tag) is Last or Unit;

    /// <summary>Entity spans [start, end) in token indices, read from a valid BILOU sequence.</summary>
    public static IEnumerable<(int Start, int End, EntityType Type)> Spans(IReadOnlyList<int> tags)
    {
        var start = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            switch (Position(tag))
            {
                case Unit:
                    yield return (i, i + 1, TypeOf(tag));
                    start = -1;
                    break;
                case Begin:
                    start = i;
                    break;
                case Last when start >= 0:
                    yield return (start, i + 1, TypeOf(tag));
                    start = -1;
                    break;
            }
        }
    }

    /// <summary>BILOU tags for entity spans over <paramref name="length"/> tokens.</summary>
    public static int[] FromSpans(int length, IEnumerable<(int Start, int End, EntityType Type)> spans)
    {
        var tags = new int[length];
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1)
            {
                tags[start] = Tag(type, Unit);
                continue;
            }

            tags[start] = Tag(type, Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                tags[i] = Tag(type, Inside);
            }

            tags[end - 1] = Tag(type, Last);
        }

        return tags;
    }

    /// <summary>IOB2 strings ("B-PER", "I-PER", "O") for a valid BILOU sequence.</summary>
    public static string[] ToIob2(IReadOnlyList<int> tags)
    {
        var result = new string[tags.Count];
        Array.Fill(result, "O");
        foreach (var (start, end, type) in Spans(tags))
        {
            result[start] = "B-" + TypeName(type);
            for (var i = start + 1; i < end; i++)
            {
                result[i] = "I-" + TypeName(type);
            }
        }

        return result;
    }

    private static int Position(int tag) => (tag - 1) % 4;
}
