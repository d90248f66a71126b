using AngleSharp.Dom;

namespace Storyline.Core.Extraction;

/// <summary>
/// Attribute lookups for the per-element scans of extraction. AngleSharp's GetAttribute lower-cases
/// the requested name on every call for HTML elements, which allocates and showed up as a large
/// share of the metadata and layout scans; the parser already stored names in lower case, so a
/// direct look through the (usually two or three) attributes gives the same answer for free.
/// </summary>
public static class ElementAttributes
{
    /// <summary>The value of the attribute with this lower-case name, or null when absent.</summary>
    public static string? Value(IElement element, string lowerCaseName)
    {
        var attributes = element.Attributes;
        for (var index = 0; index < attributes.Length; index++)
        {
            var attribute = attributes[index];
            if (attribute is not null && attribute.NamespaceUri is null && string.Equals(attribute.LocalName, lowerCaseName, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>True when the element has the attribute with this lower-case name.</summary>
    public static bool Has(IElement element, string lowerCaseName) => Value(element, lowerCaseName) is not null;
}
