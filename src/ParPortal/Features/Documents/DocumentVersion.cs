using ParPortal.Features.Content;

namespace ParPortal.Features.Documents;

/// <summary>A directive or legal document (văn bản chỉ đạo, điều hành; văn bản QPPL).</summary>
public sealed partial class DocumentVersion : ContentVersion, IValidatedVersion
{
    /// <summary>Number and symbol as printed: "826/KH-UBND".</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>The number folded for lookup: case, spaces and diacritics ignored ("826/kh-ubnd").</summary>
    public string NumberKey { get; set; } = string.Empty;

    /// <summary>Kế hoạch, Quyết định, Công văn, Báo cáo…</summary>
    public string DocumentType { get; set; } = string.Empty;

    public string? Issuer { get; set; }

    public string? Signer { get; set; }

    public DateOnly? IssueDate { get; set; }

    public DateOnly? EffectiveDate { get; set; }

    public DateOnly? ExpiryDate { get; set; }

    public string? ReplacedBy { get; set; }

    public List<Attachment> Files { get; set; } = [];

    protected override void CopyCollections() => Files = [.. Files];
}
