using Microsoft.AspNetCore.Http.Features;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Users;
using ParPortal.Time;

namespace ParPortal.Features.Plans.Evidence;

/// <summary>The optional body of <c>POST /api/content/{id}/publish</c>.</summary>
/// <param name="PublishedAt">
/// The item's original publication on the site it comes from (administrators only): plan progress counts the item on
/// that date. Absent: now.
/// </param>
public sealed record PublishRequest(DateTimeOffset? PublishedAt);

/// <summary>
/// Publishing through the API, with the administrator-only original date used to move an existing site in: its old
/// articles and documents must count in the plans of the years they were published in. The date is checked (not in
/// the future, not before 2000, only for an item never published, since a first publication cannot be moved), and the
/// audit entry of the publication records it.
/// </summary>
public static class HistoricalPublication
{
    /// <summary>The earliest original date accepted: the plans this product serves start long after it.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, VietnamTime.Offset);

    public static async Task<PublishRequest> ReadAsync(HttpRequest request, CancellationToken ct) =>
        // No body at all (curl -X POST with a JSON content type and nothing else: no Content-Length, not chunked) is a
        // plain publish, as it was before the original date could be given.
        request.ContentLength is 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false
        || (request.ContentLength is null && !request.HasJsonContentType())
            ? new PublishRequest(null)
            : await ApiJson.ReadAsync<PublishRequest>(request, ct);

    /// <summary>Publishes now, or at the original date when an administrator gives one; 403 for anyone else.</summary>
    public static async Task<IResult?> PublishAsync(
        Guid id, PublishRequest body, ContentManager manager, ParPortalDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (body.PublishedAt is not { } original)
        {
            await manager.PublishAsync(id, user.ActorName(), ct);
            return null;
        }

        if (!user.HasPermission(Permissions.ImportHistoricalContent))
        {
            return Results.Problem(
                title: "Chỉ quản trị hệ thống được nhập ngày xuất bản gốc (publishedAt).", statusCode: StatusCodes.Status403Forbidden);
        }

        if (original > clock.GetUtcNow() || original < Earliest)
        {
            throw ContentValidationException.Single("publishedAt", "Ngày xuất bản gốc phải từ 01/01/2000 đến hôm nay.");
        }

        if (await db.ContentItems.AnyAsync(i => i.Id == id && i.FirstPublishedUtc != null, ct))
        {
            throw ContentValidationException.Single(
                "publishedAt", "Nội dung này đã từng được xuất bản; ngày xuất bản lần đầu không thay đổi được.");
        }

        var local = original.ToOffset(VietnamTime.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        await manager.PublishAsync(id, user.ActorName(), ct, original, $"nhập dữ liệu cũ: ngày xuất bản gốc {local}");
        return null;
    }
}
