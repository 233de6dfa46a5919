using System.Text;
using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>Extracts readable text from a parsed body without recursion: blocks become lines, whitespace collapses.</summary>
internal static class PlainTextWriter
{
    public static string Write(INode root)
    {
        var sb = new StringBuilder();
        var node = root.FirstChild;
        while (node is not null)
        {
            var descend = false;
            switch (node)
            {
                case IText text:
                    AppendCollapsed(sb, text.Data);
                    break;
                case IElement element when element.NamespaceUri == NamespaceNames.HtmlUri &&
                                           !SanitizerPolicy.DroppedWithContent.Contains(element.LocalName):
                    if (IsBreak(element.LocalName))
                    {
                        sb.Append('\n');
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        sb.Append(' ');
                    }
                    descend = true;
                    break;
            }
            if (descend && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, root))
                {
                    node = null;
                    break;
                }
                if (node is IElement e && IsBreak(e.LocalName))
                {
                    sb.Append('\n');
                }
            }
            node = node?.NextSibling;
        }
        return Tidy(sb.ToString());
    }

    private static bool IsBreak(string name) =>
        name is "br" or "tr" or "img" || SanitizerPolicy.ClosesParagraph.Contains(name) || name is "caption";

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not ' ' and not '\n')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return TextCleaner.Clean(string.Join('\n', lines));
    }
}
