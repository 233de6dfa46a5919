using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Documents;

/// <summary>Directive and legal documents (văn bản): number and symbol, type, issuer, dates, files.</summary>
public sealed class DocumentType() : ContentTypeDefinition<DocumentVersion, DocumentInput>(ContentTypes.Document, "Văn bản", Path)
{
    /// <summary>The list page; each document is at <c>/van-ban/{slug}</c>.</summary>
    public const string Path = "/van-ban";

    public override string? PreviewPage => "/Documents/Public/Detail";

    public static string Url(string slug) => $"{Path}/{slug}";

    // The number ("826/KH-UBND") is the code searched exactly.
    protected override ContentSearchText SearchTextOf(DocumentVersion d, Func<string?, string> plainText) =>
        new(ContentSearchText.Join([d.DocumentType, d.Issuer, d.Signer]), d.Number);
}
