using System.Text;

namespace ParPortal.Features.Content.Versions;

/// <summary>What happened to one token between the old and the new text.</summary>
public enum DiffOp
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of tokens with the same fate, already joined for display.</summary>
public sealed record DiffSpan(DiffOp Op, string Text);

/// <summary>
/// A word-level (or line-level) difference of two texts by Myers' O((N+M)·D) algorithm, the one behind
/// <c>git diff</c>: the shortest edit script, so unchanged words line up and a changed word shows as one removal and one
/// insertion. Common leading and trailing tokens are matched first (most edits touch a small part of a long body).
/// </summary>
/// <remarks>
/// The search keeps one frontier per edit distance for the way back, so memory grows with D·(N+M). Past
/// <see cref="MaxEdits"/> differences the middle part is shown as removed and added in one piece instead: two versions
/// that far apart are better read side by side than word by word, and the cost stays bounded whatever is pasted.
/// </remarks>
public static class TextDiff
{
    /// <summary>The largest edit distance worked out word by word (about 2,000 changed words).</summary>
    public const int MaxEdits = 2_000;

    /// <summary>Words and line breaks of a plain text; whitespace inside a line collapses to single spaces.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && tokens.Count > 0 && tokens[^1] != "\n")
            {
                tokens.Add("\n");
            }

            tokens.AddRange(lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        if (tokens.Count > 0 && tokens[^1] == "\n")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    /// <summary>The word-level difference of two plain texts, as runs joined with spaces (line breaks kept as "\n").</summary>
    public static IReadOnlyList<DiffSpan> OfWords(string? before, string? after) => Join(Diff(Words(before), Words(after)), " ");

    /// <summary>The line-level difference of two lists of lines (a procedure's steps, a hotline's phones …).</summary>
    public static IReadOnlyList<DiffSpan> OfLines(IReadOnlyList<string> before, IReadOnlyList<string> after) => Join(Diff(before, after), "\n");

    /// <summary>The edit script from <paramref name="a"/> to <paramref name="b"/>, one entry per token.</summary>
    public static IReadOnlyList<(DiffOp Op, string Token)> Diff(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && string.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var result = new List<(DiffOp, string)>(a.Count + b.Count);
        for (var i = 0; i < prefix; i++)
        {
            result.Add((DiffOp.Same, a[i]));
        }

        var midA = Slice(a, prefix, a.Count - prefix - suffix);
        var midB = Slice(b, prefix, b.Count - prefix - suffix);
        result.AddRange(Middle(midA, midB));
        for (var i = a.Count - suffix; i < a.Count; i++)
        {
            result.Add((DiffOp.Same, a[i]));
        }

        return result;
    }

    private static List<(DiffOp, string)> Middle(string[] a, string[] b)
    {
        var trace = Search(a, b);
        if (trace is null)
        {
            // Too far apart for a word-by-word script within the budget: one removal, one insertion.
            return [.. a.Select(t => (DiffOp.Removed, t)), .. b.Select(t => (DiffOp.Added, t))];
        }

        return Backtrack(a, b, trace);
    }

    /// <summary>
    /// Myers' forward search. <c>v[k]</c> is the furthest x reached on diagonal k = x − y; the frontier after each edit
    /// distance d is kept for the way back. Null when the distance exceeds <see cref="MaxEdits"/>.
    /// </summary>
    private static List<int[]>? Search(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= Math.Min(max, MaxEdits); d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                // Step down (an insertion) from the diagonal above, or right (a removal) from the one below.
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return trace;
                }
            }
        }

        return null;
    }

    private static List<(DiffOp, string)> Backtrack(string[] a, string[] b, List<int[]> trace)
    {
        int x = a.Length, y = b.Length, offset = a.Length + b.Length + 1;
        var reversed = new List<(DiffOp, string)>();
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : v[offset + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                reversed.Add((DiffOp.Same, a[--x]));
                y--;
            }

            if (d > 0)
            {
                reversed.Add(x == prevX ? (DiffOp.Added, b[--y]) : (DiffOp.Removed, a[--x]));
            }
        }

        reversed.Reverse();
        return reversed;
    }

    private static string[] Slice(IReadOnlyList<string> list, int start, int count)
    {
        var slice = new string[Math.Max(0, count)];
        for (var i = 0; i < slice.Length; i++)
        {
            slice[i] = list[start + i];
        }

        return slice;
    }

    /// <summary>Joins consecutive tokens of the same fate; line-break tokens stay line breaks.</summary>
    private static List<DiffSpan> Join(IReadOnlyList<(DiffOp Op, string Token)> script, string separator)
    {
        var spans = new List<DiffSpan>();
        var text = new StringBuilder();
        DiffOp? current = null;
        foreach (var (op, token) in script)
        {
            if (current != op && current is { } done)
            {
                spans.Add(new DiffSpan(done, text.ToString()));
                text.Clear();
            }

            current = op;
            if (text.Length > 0 && token != "\n" && text[^1] != '\n')
            {
                text.Append(separator);
            }

            text.Append(token);
        }

        if (current is { } last)
        {
            spans.Add(new DiffSpan(last, text.ToString()));
        }

        return spans;
    }
}
