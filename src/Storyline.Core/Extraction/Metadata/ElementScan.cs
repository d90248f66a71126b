using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Metadata;

/// <summary>
/// Elements in document order, filtered by a plain predicate. The metadata finders used CSS
/// attribute-substring selectors (<c>[class*=byline i]</c>), which AngleSharp matches far more
/// slowly than a direct look at the attribute text; on a news page these queries cost more than
/// parsing it. The walk indexes child lists rather than following sibling links, which AngleSharp
/// resolves by searching the parent's children.
/// </summary>
public static class ElementScan
{
    public static IEnumerable<IElement> Where(INode root, Func<IElement, bool> matches)
    {
        var pending = new Stack<(INodeList Children, int Next)>();
        pending.Push((root.ChildNodes, 0));
        while (pending.Count > 0)
        {
            var (children, next) = pending.Pop();
            if (next >= children.Length)
            {
                continue;
            }

            pending.Push((children, next + 1));
            if (children[next] is not IElement element)
            {
                continue;
            }

            if (matches(element))
            {
                yield return element;
            }

            pending.Push((element.ChildNodes, 0));
        }
    }

    /// <summary>True when the attribute's whitespace-separated words include <paramref name="word"/> exactly, as CSS <c>~=</c>.</summary>
    public static bool HasWord(IElement element, string attribute, string word)
    {
        var value = ElementAttributes.Value(element, attribute);
        if (value is null)
        {
            return false;
        }

        var start = value.IndexOf(word, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = start + word.Length;
            if ((start == 0 || char.IsWhiteSpace(value[start - 1])) && (end == value.Length || char.IsWhiteSpace(value[end])))
            {
                return true;
            }

            start = value.IndexOf(word, start + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>True when the attribute's text contains <paramref name="part"/>, as CSS <c>*=</c> (with <c>i</c> when ignoring case).</summary>
    public static bool Contains(IElement element, string attribute, string part, StringComparison comparison) =>
        ElementAttributes.Value(element, attribute) is { } value && value.Contains(part, comparison);
}
