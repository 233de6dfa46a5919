namespace ParPortal.Features.Office;

/// <summary>Conversions between spreadsheet column letters and zero-based indexes.</summary>
public static class SpreadsheetColumns
{
    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string Letters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The zero-based column of a reference such as "C12", or -1 when the reference has no letters.</summary>
    public static int IndexOf(string? cellReference)
    {
        if (string.IsNullOrEmpty(cellReference))
        {
            return -1;
        }

        var index = 0;
        var any = false;
        foreach (var ch in cellReference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            any = true;
        }

        return any ? index - 1 : -1;
    }

    /// <summary>The one-based row of a reference such as "C12", or -1 when it has none.</summary>
    public static int RowOf(string? cellReference)
    {
        if (string.IsNullOrEmpty(cellReference))
        {
            return -1;
        }

        var digits = cellReference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        return int.TryParse(digits, out var row) ? row : -1;
    }
}
