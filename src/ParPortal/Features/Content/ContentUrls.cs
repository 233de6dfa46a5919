using ParPortal.Content;

namespace ParPortal.Features.Content;

/// <summary>URL fields accept site-relative paths and http(s) links only, never script or data URLs.</summary>
internal static class ContentUrls
{
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
    }

    public static void Check(FieldErrors errors, string field, string? url)
    {
        if (!IsSafe(url))
        {
            errors.Add(field, "Đường dẫn phải bắt đầu bằng / hoặc http(s)://.");
        }
    }
}
