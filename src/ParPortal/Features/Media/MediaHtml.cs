using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace ParPortal.Features.Media;

/// <summary>Renders responsive markup for stored images.</summary>
public static class MediaHtml
{
    // Vietnamese stays as characters, as the house style asks, while markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// A <c>&lt;picture&gt;</c> with a WebP <c>srcset</c>, a JPEG fallback, width and height (no layout shift),
    /// <c>loading="lazy"</c> and the alt text; when only the original exists (no libvips) a plain <c>&lt;img&gt;</c>.
    /// </summary>
    /// <param name="lazy">False for a picture in the first screen (the home page's lead story), which should not wait.</param>
    public static IHtmlContent Picture(MediaFile file, string alt, string sizes, bool lazy = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        var webp = file.Variants.Where(v => v.Format == "webp").OrderBy(v => v.Width).ToList();
        var fallback = file.Variants.Where(v => v.Format != "webp").OrderBy(v => v.Width).ToList();
        if (fallback.Count == 0)
        {
            fallback = webp;
        }
        if (fallback.Count == 0)
        {
            return HtmlString.Empty;
        }
        // The src is the largest variant not wider than 960 px: a sensible default for browsers without srcset.
        var src = fallback.LastOrDefault(v => v.Width <= 960) ?? fallback[0];
        var sb = new StringBuilder("<picture>");
        if (webp.Count > 0 && !ReferenceEquals(fallback, webp))
        {
            sb.Append("<source type=\"image/webp\" srcset=\"").Append(SrcSet(file, webp))
              .Append("\" sizes=\"").Append(Encoder.Encode(sizes)).Append("\">");
        }
        sb.Append("<img src=\"").Append(Encoder.Encode(MediaUrls.Variant(file.Id, src))).Append('"');
        if (fallback.Count > 1)
        {
            sb.Append(" srcset=\"").Append(SrcSet(file, fallback)).Append("\" sizes=\"").Append(Encoder.Encode(sizes)).Append('"');
        }
        sb.Append(CultureInfo.InvariantCulture, $" width=\"{file.Width ?? src.Width}\" height=\"{file.Height ?? src.Height}\"")
          .Append(" alt=\"").Append(Encoder.Encode(alt)).Append(lazy ? "\" loading=\"lazy\" decoding=\"async\"></picture>" : "\" fetchpriority=\"high\"></picture>");
        return new HtmlString(sb.ToString());
    }

    private static string SrcSet(MediaFile file, IEnumerable<MediaVariant> variants) =>
        string.Join(", ", variants.Select(v => Encoder.Encode(MediaUrls.Variant(file.Id, v)) + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));
}
