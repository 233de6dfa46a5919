using Microsoft.AspNetCore.Http;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Admin;

namespace ParPortal.Features.Articles;

/// <summary>
/// The admin form's gallery: one row of fields per image (path, description, caption), posted as parallel lists in
/// the order the rows stand, so rows can be added, removed and reordered in the page without renumbering. Rows
/// without a path are ignored (the form always offers one empty row to type a path into).
/// </summary>
public sealed partial class ArticleInput : IFormListFields
{
    public const string GalleryUrlField = "Input.GalleryUrl";

    public const string GalleryAltField = "Input.GalleryAlt";

    public const string GalleryCaptionField = "Input.GalleryCaption";

    public void ReadLists(IFormCollection form)
    {
        var urls = form[GalleryUrlField];
        var alts = form[GalleryAltField];
        var captions = form[GalleryCaptionField];
        Gallery = [];
        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i]?.Trim();
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            var caption = i < captions.Count ? captions[i]?.Trim() : null;
            Gallery.Add(new GalleryImage(url, (i < alts.Count ? alts[i] : null)?.Trim() ?? string.Empty, string.IsNullOrEmpty(caption) ? null : caption));
        }
    }
}
