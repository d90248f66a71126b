using System.Collections.Frozen;

namespace Storyline.Core.Reconciliation;

/// <summary>
/// Compares who two claims count (Resources/subject-classes.tsv): a bare figure or "people" counts
/// everyone, "civilians" or "children" a part of them; other nouns ("homes", "tickets") only match themselves.
/// </summary>
public sealed class SubjectScope(IReadOnlyDictionary<string, bool> isPart)
{
    private readonly FrozenDictionary<string, bool> _isPart = isPart.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static SubjectScope Default { get; } = new(
        EmbeddedResource.Rows("subject-classes.tsv").ToDictionary(r => r[0], r => r[1] == "part", StringComparer.OrdinalIgnoreCase));

    public Scope Compare(string? first, string? second)
    {
        var a = Class(first);
        var b = Class(second);
        if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || (a == Everyone && b == Everyone))
        {
            return Scope.Same;
        }

        return (a, b) switch
        {
            (Everyone, Part) => Scope.Contains,
            (Part, Everyone) => Scope.Within,
            _ => Scope.Disjoint,
        };
    }

    private const int Everyone = 0;
    private const int Part = 1;
    private const int Other = 2;

    // "wounded people" and "displaced people" are people: the last word names who is counted.
    private int Class(string? subject) =>
        subject is null ? Everyone
        : _isPart.TryGetValue(subject, out var part) || _isPart.TryGetValue(subject[(subject.LastIndexOf(' ') + 1)..], out part) ? (part ? Part : Everyone)
        : Other;
}
