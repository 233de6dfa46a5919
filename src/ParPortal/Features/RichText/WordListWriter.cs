using System.Text;

namespace ParPortal.Features.RichText;

/// <summary>
/// Turns Word's list paragraphs (<c>p style="mso-list:l0 level2 lfo1"</c>) into real nested <c>ul</c>/<c>ol</c>
/// lists. Lists stay open across sibling list paragraphs and are closed by the first sibling that is not one.
/// </summary>
internal sealed class WordListWriter(StringBuilder output)
{
    private readonly List<string> _open = [];

    /// <summary>Number of elements this writer holds open (a list and its current item per level).</summary>
    public int Depth => _open.Count * 2;

    public void OpenItem(int level, bool ordered, string itemAttributes)
    {
        var tag = ordered ? "ol" : "ul";
        while (_open.Count > level)
        {
            CloseLevel();
        }
        if (_open.Count == level)
        {
            output.Append("</li>");
        }
        while (_open.Count < level)
        {
            output.Append('<').Append(tag).Append('>');
            _open.Add(tag);
            if (_open.Count < level)
            {
                // A level skipped in Word still needs an item to hold the deeper list.
                output.Append("<li>");
            }
        }
        output.Append("<li").Append(itemAttributes).Append('>');
    }

    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            CloseLevel();
        }
    }

    private void CloseLevel()
    {
        output.Append("</li></").Append(_open[^1]).Append('>');
        _open.RemoveAt(_open.Count - 1);
    }
}
