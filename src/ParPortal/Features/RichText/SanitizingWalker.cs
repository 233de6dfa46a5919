using System.Text;
using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>
/// One sanitizing pass: walks the parsed DOM in document order without recursion (<see cref="DomWalk"/>) and writes only what the policy
/// allows. The output is written from the tree, never copied from the input, so every tag is balanced and every
/// text and attribute value is escaped.
/// </summary>
internal sealed class SanitizingWalker
{
    private readonly SanitizerSettings _settings;
    private readonly StringBuilder _out;
    private readonly StringBuilder _attrs = new();
    private readonly List<Frame> _frames = [];
    private readonly List<string> _emitted = [];
    private readonly WordListWriter _wordLists;
    private readonly SanitizerReport? _report;
    private readonly HeadingAnchors _anchors = new();
    private INode? _wordListParent;
    private int _paragraphDepth;
    private int _linkDepth;

    // Set on entering a Word list paragraph until its first text: a bullet or number typed as text is dropped there,
    // with the padding after it (which may come in later text nodes).
    private bool _atListItemStart;
    private bool _listMarkerTaken;

    public SanitizingWalker(SanitizerSettings settings, int capacity, SanitizerReport? report = null)
    {
        _settings = settings;
        _out = new StringBuilder(capacity);
        _wordLists = new WordListWriter(_out);
        _report = report;
    }

    private readonly record struct Frame(string? Name, int StartIndex, int ContentIndex, bool RemoveWhenEmpty, bool WordListItem);

    public string Run(INode root)
    {
        DomWalk.Run(root, Enter, Exit);
        _wordLists.CloseAll();
        return _out.ToString();
    }

    private string? CurrentEmitted => _emitted.Count == 0 ? null : _emitted[^1];

    /// <summary>Handles a node on the way down; returns true when a frame was pushed and children should be visited.</summary>
    private bool Enter(INode node)
    {
        switch (node)
        {
            case IText text:
                WriteText(text.Data);
                return false;
            case IElement element:
                return EnterElement(element);
            default:
                // Comments (including Word's conditional comments), processing instructions, CDATA, doctypes.
                return false;
        }
    }

    private void WriteText(string data)
    {
        // Text directly inside table structure would be moved out of the table when the output is parsed again.
        if (CurrentEmitted is { } current && SanitizerPolicy.WhitespaceOnlyContent.Contains(current))
        {
            return;
        }
        var text = ParPortal.Text.InputText.Clean(data)!;
        if (_atListItemStart)
        {
            var stripped = WordMarkup.WithoutLeadingMarker(text, !_listMarkerTaken, out var reachedText);
            _listMarkerTaken |= stripped.Length < text.TrimStart(' ', '\u00a0', '\t', '\r', '\n').Length;
            text = stripped;
            _atListItemStart = !reachedText;
        }

        HtmlEscaper.AppendText(_out, text);
    }

    private bool EnterElement(IElement element)
    {
        if (element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            // SVG, MathML and anything else foreign go with their whole content: that is where namespace confusion lives.
            return false;
        }
        var name = element.LocalName;
        if (SanitizerPolicy.DroppedWithContent.Contains(name))
        {
            if (name == "iframe")
            {
                WriteIframe(element);
            }
            else if (name is "script" or "noscript" or "template")
            {
                _report?.Script();
            }
            else if (SanitizerPolicy.ReportedWhenDropped.TryGetValue(name, out var what))
            {
                _report?.Embedded(what);
            }
            return false;
        }
        if (name == "span" && WordMarkup.IsListMarker(element))
        {
            return false;
        }
        if (name == "p" && CanStartWordList(element) && WordMarkup.ListLevel(element) is int level)
        {
            _wordListParent = element.Parent;
            _wordLists.OpenItem(level, WordMarkup.IsOrderedList(element), AlignmentAttributes(element));
            // Without Word's marker span, the bullet or number is plain text at the start of the item.
            _atListItemStart = !WordMarkup.HasIgnoredMarker(element);
            _listMarkerTaken = false;
            _emitted.Add("li");
            _frames.Add(new Frame("li", -1, -1, false, WordListItem: true));
            return true;
        }
        var target = name switch
        {
            "h1" => "h2",
            "div" => DivTarget(element),
            _ => name,
        };
        if (target is null || !SanitizerPolicy.AllowedElements.Contains(target) || !CanEmit(target))
        {
            return PushUnwrapped();
        }

        _attrs.Clear();
        if (!AttributeFilter.Write(_attrs, element, target, _settings, _report, _anchors))
        {
            // An image without a usable source, a link without a usable target, a span without style: keep the text only.
            return target is "img" ? false : PushUnwrapped();
        }

        var start = _out.Length;
        _out.Append('<').Append(target).Append(_attrs).Append('>');
        if (SanitizerPolicy.VoidElements.Contains(target))
        {
            return false;
        }
        if (target == "pre")
        {
            // The parser drops one newline right after <pre>. Always writing one keeps the text's own leading newline,
            // wherever in the subtree it comes from, and makes the output re-parse to the same text.
            _out.Append('\n');
        }
        _emitted.Add(target);
        _paragraphDepth += target == "p" ? 1 : 0;
        _linkDepth += target == "a" ? 1 : 0;
        _frames.Add(new Frame(target, start, _out.Length, SanitizerPolicy.RemovedWhenEmpty.Contains(target), false));
        return true;
    }

    private bool PushUnwrapped()
    {
        _frames.Add(new Frame(null, -1, -1, false, false));
        return true;
    }

    private void Exit(INode node, INodeList siblings, int index)
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Name is null)
        {
            return;
        }
        _emitted.RemoveAt(_emitted.Count - 1);
        if (frame.WordListItem)
        {
            _atListItemStart = false;
            if (!WordMarkup.NextSiblingIsListParagraph(siblings, index))
            {
                _wordLists.CloseAll();
            }
            return;
        }
        _paragraphDepth -= frame.Name == "p" ? 1 : 0;
        _linkDepth -= frame.Name == "a" ? 1 : 0;
        if (frame.RemoveWhenEmpty && _out.Length == frame.ContentIndex)
        {
            _out.Length = frame.StartIndex;
            return;
        }
        _out.Append("</").Append(frame.Name).Append('>');
    }

    /// <summary>Whether writing <paramref name="target"/> here yields output that re-parses into the same tree.</summary>
    private bool CanEmit(string target)
    {
        var depth = _emitted.Count + _wordLists.Depth;
        // A table needs room for its sections, rows and cells below it.
        if (depth >= _settings.MaxDepth || (target == "table" && depth + 4 >= _settings.MaxDepth))
        {
            return false;
        }
        var current = CurrentEmitted;
        if (SanitizerPolicy.RequiredParents.TryGetValue(target, out var parents))
        {
            return current is not null && Array.IndexOf(parents, current) >= 0;
        }
        if (current is not null && SanitizerPolicy.WhitespaceOnlyContent.Contains(current))
        {
            return false;
        }
        if (_paragraphDepth > 0 && SanitizerPolicy.ClosesParagraph.Contains(target))
        {
            return false;
        }
        // A heading start tag closes a heading that is the current node (once elements between them were unwrapped).
        if (IsHeading(target) && current is not null && IsHeading(current))
        {
            return false;
        }
        return target != "a" || _linkDepth == 0;
    }

    private static bool IsHeading(string name) => name is "h2" or "h3" or "h4" or "h5" or "h6";

    // Open Word lists continue only across siblings; a list paragraph anywhere else (parsed into odd places by
    // malformed input) is written as an ordinary paragraph so that the lists' tags stay balanced.
    private bool CanStartWordList(IElement paragraph) =>
        (_wordLists.Depth == 0 || ReferenceEquals(paragraph.Parent, _wordListParent)) &&
        _paragraphDepth == 0 && _linkDepth == 0 && _emitted.Count + 16 < _settings.MaxDepth &&
        (CurrentEmitted is not { } current || !SanitizerPolicy.WhitespaceOnlyContent.Contains(current));

    /// <summary>A div becomes a paragraph when it holds only inline content; otherwise it is unwrapped.</summary>
    private string? DivTarget(IElement div)
    {
        if (_paragraphDepth > 0)
        {
            return null;
        }
        var hasBlock = false;
        var complete = DomScan.Descendants(div, 200, n =>
        {
            hasBlock = n is IElement e && SanitizerPolicy.ClosesParagraph.Contains(e.LocalName);
            return !hasBlock;
        });
        return complete && !hasBlock ? "p" : null;
    }

    private static string AlignmentAttributes(IElement element)
    {
        var style = element.GetAttribute("style");
        var align = style is null ? null : AttributeFilter.TextAlign(style);
        return align is null ? "" : $" style=\"text-align: {align}\"";
    }

    private void WriteIframe(IElement element)
    {
        if (element.GetAttribute("src") is not { } src || !CanEmit("iframe"))
        {
            return;
        }
        var url = _settings.IframeHosts.Count == 0 ? null : UrlPolicy.CleanIframeSource(src, _settings.IframeHosts);
        if (url is null)
        {
            _report?.Frame(src);
            return;
        }
        _out.Append("<iframe src=\"");
        HtmlEscaper.AppendAttribute(_out, url);
        _out.Append('"');
        foreach (var name in (string[])["title", "width", "height"])
        {
            if (element.GetAttribute(name) is { } value && AttributeFilter.CleanSimple(name, value) is { } clean)
            {
                _out.Append(' ').Append(name).Append("=\"");
                HtmlEscaper.AppendAttribute(_out, clean);
                _out.Append('"');
            }
        }
        // The embedded player needs scripts and its own origin; the sandbox still blocks top navigation, forms and plugins.
        _out.Append(" sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\"")
            .Append(" allowfullscreen loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>");
    }
}
