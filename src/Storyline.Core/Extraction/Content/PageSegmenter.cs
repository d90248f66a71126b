using System.Text;
using AngleSharp.Dom;
using Storyline.Core.Model;

namespace Storyline.Core.Extraction.Content;

/// <summary>
/// Flattens a page into text blocks in one iterative walk (no recursion, so deeply nested markup
/// cannot overflow the stack): block elements and line breaks end a block, inline elements run on,
/// scripts, form controls and hidden elements are skipped.
/// </summary>
public sealed class PageSegmenter(BoilerplatePatterns patterns)
{
    public PageLayout Segment(IElement root)
    {
        var walk = new Walk(patterns);
        walk.Run(root);
        return new PageLayout(walk.Elements, walk.Blocks);
    }

    private sealed class Walk(BoilerplatePatterns patterns)
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<int> _openBlocks = new();
        private readonly Stack<int> _openElements = new();
        private bool _pendingSpace;
        private int _linkLength;
        private int _linkDepth;
        private int _quoteDepth;
        private int _listItemDepth;
        private int _headingLevel;
        private int _headingDepth;
        private bool _afterLineBreak;
        private int _articleDepth;

        public List<LayoutElement> Elements { get; } = [];

        public List<TextBlock> Blocks { get; } = [];

        public void Run(IElement root)
        {
            // A frame is a node to enter, or (Exit = true) an element whose subtree is done.
            var frames = new Stack<(INode Node, bool Exit)>();
            frames.Push((root, false));
            while (frames.Count > 0)
            {
                var (node, exit) = frames.Pop();
                if (exit)
                {
                    Leave((IElement)node);
                    continue;
                }

                switch (node)
                {
                    case IText text:
                        Append(text.Data);
                        break;
                    case IElement element when Enter(element):
                        frames.Push((element, true));
                        var children = element.ChildNodes;
                        for (var i = children.Length - 1; i >= 0; i--)
                        {
                            frames.Push((children[i], false));
                        }

                        break;
                }
            }

            Flush();
        }

        /// <summary>Opens the element; false when its subtree is to be skipped.</summary>
        private bool Enter(IElement element)
        {
            var tag = element.LocalName;
            if (tag == "br")
            {
                Flush();
                _afterLineBreak = true;
                return false;
            }

            if (patterns.IsSkipped(tag) || IsHidden(element))
            {
                return false;
            }

            var index = Elements.Count;
            var parent = _openElements.Count > 0 ? _openElements.Peek() : -1;
            var role = patterns.Classify(element, tag);
            if (tag == "article" && _articleDepth++ > 0)
            {
                // An article inside an article is a comment or a teaser for another story (HTML spec usage).
                role |= ElementRole.Furniture;
            }

            Elements.Add(new LayoutElement(element, tag, parent, role));
            _openElements.Push(index);
            if (!patterns.IsInline(tag))
            {
                Flush();
                _afterLineBreak = false;
                _openBlocks.Push(index);
            }

            switch (tag)
            {
                case "a":
                    _linkDepth++;
                    break;
                case "blockquote":
                    _quoteDepth++;
                    break;
                case "li":
                case "dd":
                    _listItemDepth++;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (_headingDepth++ == 0)
                    {
                        _headingLevel = tag[1] - '0';
                    }

                    break;
            }

            return true;
        }

        private void Leave(IElement element)
        {
            var tag = element.LocalName;
            var index = _openElements.Pop();
            if (!patterns.IsInline(tag))
            {
                Flush();
                _afterLineBreak = false;
                _openBlocks.Pop();
            }

            switch (tag)
            {
                case "article":
                    _articleDepth--;
                    break;
                case "a":
                    _linkDepth--;
                    break;
                case "blockquote":
                    _quoteDepth--;
                    break;
                case "li":
                case "dd":
                    _listItemDepth--;
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    _headingDepth--;
                    break;
            }

            var closed = Elements[index];
            closed.SubtreeEnd = Elements.Count;
            Elements[index] = closed;
        }

        private void Append(string data)
        {
            var index = 0;
            while (index < data.Length)
            {
                var c = data[index];
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _text.Length > 0;
                    index++;
                    continue;
                }

                if (IsInvisible(c))
                {
                    index++;
                    continue;
                }

                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                    if (_linkDepth > 0)
                    {
                        _linkLength++;
                    }
                }

                // Words are copied whole: appending character by character was a visible share of the layout walk.
                var end = index + 1;
                while (end < data.Length && !char.IsWhiteSpace(data[end]) && !IsInvisible(data[end]))
                {
                    end++;
                }

                _text.Append(data, index, end - index);
                if (_linkDepth > 0)
                {
                    _linkLength += end - index;
                }

                index = end;
            }
        }

        private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

        private void Flush()
        {
            if (_text.Length > 0 && _openBlocks.Count > 0)
            {
                var kind = _headingDepth > 0 ? ParagraphKind.Heading
                    : _quoteDepth > 0 ? ParagraphKind.Quote
                    : _listItemDepth > 0 ? ParagraphKind.ListItem
                    : ParagraphKind.Body;
                Blocks.Add(new TextBlock(_text.ToString(), Math.Min(_linkLength, _text.Length), _openBlocks.Peek(), kind, _headingDepth > 0 ? _headingLevel : 0, _afterLineBreak));
                _afterLineBreak = false;
            }

            _text.Clear();
            _pendingSpace = false;
            _linkLength = 0;
        }

        private static bool IsHidden(IElement element)
        {
            if (ElementAttributes.Has(element, "hidden"))
            {
                return true;
            }

            if (ElementAttributes.Value(element, "style") is not { } style)
            {
                return false;
            }

            return ContainsDeclaration(style, "display", "none") || ContainsDeclaration(style, "visibility", "hidden");
        }

        /// <summary>True when the inline style sets <paramref name="property"/> to <paramref name="value"/>, whatever the spacing.</summary>
        private static bool ContainsDeclaration(string style, string property, string value)
        {
            var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var rest = style.AsSpan(at + property.Length).TrimStart();
            if (rest.Length == 0 || rest[0] != ':')
            {
                return false;
            }

            return rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
        }
    }
}
