using System.Text;

namespace ParPortal.Features.RichText;

/// <summary>Cleans text and attribute values: no control characters, no lone surrogates, Unicode NFC.</summary>
internal static class TextCleaner
{
    public static string Clean(string value)
    {
        if (NeedsRepair(value))
        {
            value = Repair(value);
        }
        // IsNormalized is a fast scan, so already-NFC text (the common case) is not copied.
        return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
    }

    private static bool NeedsRepair(string value)
    {
        foreach (var c in value)
        {
            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\u007f' or '\ufffe' or '\uffff')
            {
                return true;
            }
        }
        return false;
    }

    private static string Repair(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be encoded as UTF-8 and makes Normalize throw.
                sb.Append('\ufffd');
            }
            else if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\u007f' or '\ufffe' or '\uffff')
            {
                continue;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
