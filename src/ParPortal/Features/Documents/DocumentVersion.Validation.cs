using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Documents;

public sealed partial class DocumentVersion
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("number", Number, "Số, ký hiệu");
        errors.MaxLength("number", Number, 100, "Số, ký hiệu");
        errors.Required("documentType", DocumentType, "Loại văn bản");
        if (EffectiveDate is { } eff && IssueDate is { } iss && eff < iss)
        {
            errors.Add("effectiveDate", "Ngày hiệu lực không được trước ngày ban hành.");
        }

        if (ExpiryDate is { } exp && (EffectiveDate ?? IssueDate) is { } start && exp < start)
        {
            errors.Add("expiryDate", "Ngày hết hiệu lực không được trước ngày có hiệu lực.");
        }

        foreach (var (f, i) in Files.Select((f, i) => (f, i)))
        {
            ContentUrls.Check(errors, $"files[{i}].url", f.Url);
        }

        NumberKey = KeyOf(Number);
    }

    /// <summary>The lookup form of a number: "826/KH-UBND", "826 / kh-ubnd" and "826/KH–UBND" are the same document.</summary>
    public static string KeyOf(string number) =>
        new string(ParPortal.Content.Slug.From(number.Replace('/', ' ')).Where(c => c != '-').ToArray());
}
