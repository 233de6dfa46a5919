using System.Text;
using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>Extracts readable text from a parsed body without recursion: blocks become lines, whitespace collapses.</summary>
internal static class PlainTextWriter
{
    public static string Write(INode root)
    {
        var sb = new StringBuilder();
        DomWalk.Run(
            root,
            node =>
            {
                switch (node)
                {
                    case IText text:
                        AppendCollapsed(sb, text.Data);
                        return false;
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
                        return true;
                    default:
                        return false;
                }
            },
            (node, _, _) =>
            {
                // Empty lines this may add (after an empty block) are removed by Tidy.
                if (node is IElement e && IsBreak(e.LocalName))
                {
                    sb.Append('\n');
                }
            });
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
        return ParPortal.Text.InputText.Clean(string.Join("\n", lines))!;
    }
}
