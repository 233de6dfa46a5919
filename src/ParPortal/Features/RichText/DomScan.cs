using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>Bounded, non-recursive look-ahead over a subtree (AngleSharp's own helpers recurse, which deep input breaks).</summary>
internal static class DomScan
{
    /// <summary>
    /// Visits descendants of <paramref name="root"/> in document order, at most <paramref name="limit"/> of them.
    /// Returns false when the limit was reached before the subtree ended.
    /// </summary>
    public static bool Descendants(INode root, int limit, Func<INode, bool> visit)
    {
        var node = root.FirstChild;
        var count = 0;
        while (node is not null)
        {
            if (++count > limit)
            {
                return false;
            }
            if (!visit(node))
            {
                return true;
            }
            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }
            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, root))
                {
                    return true;
                }
            }
            node = node?.NextSibling;
        }
        return true;
    }

    /// <summary>The text content of a small subtree, or null when it is larger than the limit.</summary>
    public static string? TextOf(INode root, int limit)
    {
        var sb = new System.Text.StringBuilder();
        var complete = Descendants(root, limit, n =>
        {
            if (n is IText t)
            {
                sb.Append(t.Data);
            }
            return true;
        });
        return complete ? sb.ToString() : null;
    }
}
