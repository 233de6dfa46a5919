using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Documents;

/// <summary>Directive and legal documents (văn bản): number and symbol, type, issuer, dates, files.</summary>
public sealed class DocumentType : ContentTypeDefinition<DocumentVersion, DocumentInput>
{
    /// <summary>The list page; each document is at <c>/van-ban/{slug}</c>.</summary>
    public const string Path = "/van-ban";

    public override string Name => ContentTypes.Document;

    public override string DisplayName => "Văn bản";

    public override string EditorView => "/Features/Documents/Admin/_EditDocument.cshtml";

    public override string? PublicPath => Path;

    public override string? PreviewPage => "/Documents/Public/Detail";

    public override bool IsSearchable => true;

    public static string Url(string slug) => $"{Path}/{slug}";

    protected override string? UrlOf(ContentItem item, DocumentVersion version) => Url(item.Slug);

    // The number ("826/KH-UBND") is the code searched exactly.
    protected override ContentSearchText SearchTextOf(DocumentVersion d, Func<string?, string> plainText) =>
        new($"{d.DocumentType} {d.Issuer} {d.Signer}", d.Number);
}
