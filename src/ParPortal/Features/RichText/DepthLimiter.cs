using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace ParPortal.Features.RichText;

/// <summary>
/// A tokenizer middleware that keeps the parsed tree shallow. The HTML5 tree builder scans the stack of open
/// elements for many start tags, so 10,000 nested elements cost quadratic time; this drops start tags beyond a depth
/// (and their matching end tags) before they reach the tree builder. Their text is kept.
/// </summary>
internal sealed class DepthLimiter(int maxDepth)
{
    // Tags that never nest by themselves: void elements and elements whose end tag is optional (the parser closes them
    // on the next sibling). Counting them would make long, valid documents look deep.
    private static readonly FrozenSet<string> Uncounted = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private int _depth;

    public TokenConsumptionResult Consume(ref StructHtmlToken token, TokenConsumer next)
    {
        if (token.Type == HtmlTokenType.StartTag && !token.IsSelfClosing)
        {
            var name = token.Name.ToString();
            if (!Uncounted.Contains(name))
            {
                if (_depth >= maxDepth)
                {
                    _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                    return TokenConsumptionResult.Continue;
                }
                _depth++;
            }
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            var name = token.Name.ToString();
            if (!Uncounted.Contains(name))
            {
                if (_dropped.GetValueOrDefault(name) > 0)
                {
                    _dropped[name]--;
                    return TokenConsumptionResult.Continue;
                }
                _depth = Math.Max(0, _depth - 1);
            }
        }
        next(ref token);
        return TokenConsumptionResult.Continue;
    }
}
