using System.Reflection;

namespace ParPortal.Features.Content.Versions;

/// <summary>
/// One field of two versions side by side. Title, summary and body are compared word by word
/// (<see cref="IsText"/>); every other field line by line, where a scalar is one line, so a change reads "old → new"
/// and a list shows the entries removed and added.
/// </summary>
/// <param name="Note">Said instead of spans when the difference is not in the text (formatting, images, links).</param>
public sealed record FieldComparison(string Name, string Label, bool IsText, IReadOnlyList<DiffSpan> Spans, string? Note = null)
{
    /// <summary>The old side: unchanged and removed runs.</summary>
    public IEnumerable<DiffSpan> Before => Spans.Where(s => s.Op != DiffOp.Added);

    /// <summary>The new side: unchanged and added runs.</summary>
    public IEnumerable<DiffSpan> After => Spans.Where(s => s.Op != DiffOp.Removed);
}

/// <summary>The differences between two versions of one item, in the order the edit form shows the fields.</summary>
public sealed record VersionComparison(ContentVersion From, ContentVersion To, IReadOnlyList<FieldComparison> Fields)
{
    /// <summary>Rich-text fields: compared as their plain text, the way a reader reads them.</summary>
    private static readonly HashSet<string> RichText = new(StringComparer.Ordinal) { "Body" };

    /// <summary>Fields compared word by word besides the rich text.</summary>
    private static readonly HashSet<string> WordFields = new(StringComparer.Ordinal) { nameof(ContentVersion.Title), nameof(ContentVersion.Summary) };

    /// <summary>Fields listed first, in this order; the type's own fields follow, then unit and topics.</summary>
    private static readonly string[] Leading = [nameof(ContentVersion.Title), nameof(ContentVersion.Summary)];

    private static readonly string[] Trailing = [nameof(ContentVersion.Unit), nameof(ContentVersion.Topics)];

    public bool SameContent => Fields.Count == 0;

    /// <summary>Compares <paramref name="from"/> (older) with <paramref name="to"/>; <paramref name="plainText"/> reads rich text.</summary>
    public static VersionComparison Of(ContentVersion from, ContentVersion to, Func<string?, string> plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        if (from.GetType() != to.GetType())
        {
            throw new ArgumentException("Only versions of one type can be compared.", nameof(to));
        }

        var changed = VersionDiff.Changed(from, to).ToDictionary(c => c.Property.Name, StringComparer.Ordinal);
        var order = Leading
            .Concat(VersionDiff.EditableProperties(to.GetType()).Select(p => p.Name).Where(n => !Leading.Contains(n) && !Trailing.Contains(n)))
            .Concat(Trailing);
        var fields = new List<FieldComparison>();
        foreach (var name in order)
        {
            if (changed.TryGetValue(name, out var change))
            {
                fields.Add(Field(change.Property, change.Before, change.After, plainText));
            }
        }

        return new VersionComparison(from, to, fields);
    }

    private static FieldComparison Field(PropertyInfo property, object? before, object? after, Func<string?, string> plainText)
    {
        var label = FieldNames.Vietnamese(property.Name);
        label = char.ToUpper(label[0], System.Globalization.CultureInfo.InvariantCulture) + label[1..];
        if (RichText.Contains(property.Name))
        {
            var (a, b) = (plainText(before as string), plainText(after as string));
            return a == b
                ? new FieldComparison(property.Name, label, true, [new DiffSpan(DiffOp.Same, a)], "Chữ không đổi; chỉ khác về định dạng, ảnh hoặc liên kết.")
                : new FieldComparison(property.Name, label, true, TextDiff.OfWords(a, b));
        }

        if (WordFields.Contains(property.Name))
        {
            return new FieldComparison(property.Name, label, true, TextDiff.OfWords(before as string, after as string));
        }

        return new FieldComparison(property.Name, label, false, TextDiff.OfLines(FieldText.Lines(before), FieldText.Lines(after)));
    }
}
