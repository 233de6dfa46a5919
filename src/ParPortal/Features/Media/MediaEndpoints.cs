using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ParPortal.Features.Media;

/// <summary>Serves stored uploads at <c>/media/{id}/{variant}</c>.</summary>
public static class MediaEndpoints
{
    /// <summary>Maps <c>GET /media/{id}/{variant}</c>; needs an <see cref="IMediaFileLookup"/> in the container.</summary>
    public static IEndpointRouteBuilder MapParPortalMedia(this IEndpointRouteBuilder endpoints)
    {
        // Uploads are public once linked from content (the library holds nothing secret; drafts link by id only).
        endpoints.MapGet(MediaUrls.Prefix + "/{id:guid}/{variant}", ServeAsync).WithName("ParPortalMedia").AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(Guid id, string variant, HttpContext http, IMediaFileLookup lookup,
        MediaStore store)
    {
        var file = await lookup.FindAsync(id, http.RequestAborted);
        // Variants are matched against the stored list, so the route value never becomes part of a path.
        var v = file?.FindVariant(variant);
        if (file is null || v is null)
        {
            return Results.NotFound();
        }
        var path = store.GetPhysicalPath(v);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue($"\"{file.Sha256[..16]}-{v.Name}-{v.Bytes}\"");
        if (file.Kind == MediaKind.Image)
        {
            // An id's files never change, so browsers and proxies may keep them for a year.
            headers.CacheControl = "public, max-age=31536000, immutable";
        }
        else
        {
            headers.CacheControl = "public, max-age=86400";
            headers.ContentDisposition = ContentDispositionBuilder.Attachment(file.OriginalFileName);
        }
        return Results.File(path, ContentTypeOf(v, file), entityTag: etag, enableRangeProcessing: true);
    }

    private static string ContentTypeOf(MediaVariant v, MediaFile file) => v.Format switch
    {
        "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "png" => "image/png",
        "gif" => "image/gif",
        _ => file.ContentType,
    };
}

/// <summary>URLs of stored uploads.</summary>
public static class MediaUrls
{
    public const string Prefix = "/media";

    public static string Variant(Guid id, MediaVariant variant) => $"{Prefix}/{id:N}/{Uri.EscapeDataString(variant.Name)}";
}
