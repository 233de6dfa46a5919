using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using ParPortal.Features.Media;

namespace ParPortal.Features.Public;

/// <summary>Markup the public views share.</summary>
public static class PublicHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// A picture: every stored width of an upload (<see cref="MediaHtml.Picture"/>), or the path as it is when it
    /// is not an upload of this site.
    /// </summary>
    /// <param name="alt">The alt text; empty for a thumbnail beside a title that already says what it shows.</param>
    /// <param name="sizes">How wide the picture is drawn, for the browser's choice of width.</param>
    public static IHtmlContent Picture(ListImage image, string alt, string sizes, bool lazy = true)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.File is { } file && MediaHtml.Picture(file, alt, sizes, lazy) is var picture && picture != HtmlString.Empty)
        {
            return picture;
        }

        return new HtmlString($"<img src=\"{Encoder.Encode(image.Url)}\" alt=\"{Encoder.Encode(alt)}\"{(lazy ? " loading=\"lazy\" decoding=\"async\"" : string.Empty)}>");
    }
}
