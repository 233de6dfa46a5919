using ParPortal.Features.Content;

namespace ParPortal.Features.Documents;

public sealed partial class DocumentInput : ContentInput
{
    public string Number { get; set; } = string.Empty;

    public string DocumentType { get; set; } = string.Empty;

    public string? Issuer { get; set; }

    public string? Signer { get; set; }

    public DateOnly? IssueDate { get; set; }

    public DateOnly? EffectiveDate { get; set; }

    public DateOnly? ExpiryDate { get; set; }

    public string? ReplacedBy { get; set; }

    public List<Attachment> Files { get; set; } = [];

    public override ContentVersion NewVersion() => new DocumentVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (DocumentVersion)version;
        v.Number = ContentInputMapper.Nfc(Number) ?? string.Empty;
        v.NumberKey = DocumentVersion.KeyOf(v.Number);
        v.DocumentType = ContentInputMapper.Nfc(DocumentType) ?? string.Empty;
        v.Issuer = ContentInputMapper.Nfc(Issuer);
        v.Signer = ContentInputMapper.Nfc(Signer);
        (v.IssueDate, v.EffectiveDate, v.ExpiryDate) = (IssueDate, EffectiveDate, ExpiryDate);
        v.ReplacedBy = ContentInputMapper.Nfc(ReplacedBy);
        v.Files = [.. Files];
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (DocumentVersion)version;
        (Number, DocumentType, Issuer, Signer, IssueDate, EffectiveDate, ExpiryDate, ReplacedBy) =
            (v.Number, v.DocumentType, v.Issuer, v.Signer, v.IssueDate, v.EffectiveDate, v.ExpiryDate, v.ReplacedBy);
        Files = [.. v.Files];
    }
}
