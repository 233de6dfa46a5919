using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>
/// Depth-first walk over a subtree without recursion, moving between siblings by child index. AngleSharp's
/// <c>NextSibling</c> searches the parent's child list from the start, so walking siblings with it costs time
/// quadratic in their number: 200,000 <c>&lt;br&gt;</c> in one paragraph took 12 s of CPU to sanitize.
/// </summary>
internal static class DomWalk
{
    /// <summary>Called on the way down; return true to visit the node's children (and get an exit call afterwards).</summary>
    public delegate bool Enter(INode node);

    /// <summary>Called after the children of an entered node; <paramref name="index"/> is the node's place in <paramref name="siblings"/>.</summary>
    public delegate void Exit(INode node, INodeList siblings, int index);

    public static void Run(INode root, Enter enter, Exit exit)
    {
        var stack = new List<(INode Node, INodeList Siblings, int Index)>();
        var siblings = root.ChildNodes;
        var index = 0;
        while (true)
        {
            if (index < siblings.Length)
            {
                var node = siblings[index];
                if (!enter(node))
                {
                    index++;
                }
                else if (node.HasChildNodes)
                {
                    stack.Add((node, siblings, index));
                    siblings = node.ChildNodes;
                    index = 0;
                }
                else
                {
                    exit(node, siblings, index);
                    index++;
                }
                continue;
            }
            if (stack.Count == 0)
            {
                return;
            }
            var (parent, parentSiblings, parentIndex) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            exit(parent, parentSiblings, parentIndex);
            siblings = parentSiblings;
            index = parentIndex + 1;
        }
    }
}
