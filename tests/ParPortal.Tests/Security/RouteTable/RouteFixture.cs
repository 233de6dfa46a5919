using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Media;
using ParPortal.Features.Topics;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.RouteTable;

/// <summary>
/// One concrete request for a route: its address, the content type its <c>{type}</c> names, if any, and the type of
/// the item its id names (a hotline unless the route is about questions).
/// </summary>
public sealed record RouteCase(string Url, string? TypeName, string ItemType = RouteFixture.ItemType);

/// <summary>
/// Fills a route's parameters with real data, made fresh for each route where a call could change or delete it, so
/// that one route's successful call never changes another route's answer. A parameter it does not know fails the
/// test: a new route needs a line here, never a silent skip.
/// </summary>
public sealed class RouteFixture(ParPortalFactory factory)
{
    /// <summary>The item every content route acts on: a hotline of <see cref="AdminTestData.UnitA"/>, the contributor's unit.</summary>
    public const string ItemType = ContentTypes.Hotline;

    public async Task<IReadOnlyList<RouteCase>> CasesAsync(DeclaredRoute route)
    {
        var template = route.Template;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[]? types = null;
        var itemType = ItemType;
        foreach (var parameter in route.Pattern.Parameters)
        {
            var name = parameter.Name;
            switch (name)
            {
                case "id" when template.StartsWith("/api/content", StringComparison.Ordinal) || template.StartsWith("/admin/content", StringComparison.Ordinal):
                    values[name] = (await factory.CreateHotlineAsync("Đường dây nóng " + Guid.NewGuid().ToString("N")[..6], AdminTestData.UnitA)).ToString();
                    break;
                case "id" when template.StartsWith("/api/feedback", StringComparison.Ordinal) || template.StartsWith("/admin/feedback", StringComparison.Ordinal):
                    values[name] = (await NewQuestionAsync()).ToString();
                    itemType = ContentTypes.Feedback;
                    break;
                case "previewId":
                    values[name] = (await factory.CreateHotlineAsync("Đường dây nóng " + Guid.NewGuid().ToString("N")[..6], AdminTestData.UnitA)).ToString();
                    break;
                case "number" or "version" or "previewVersion":
                    values[name] = "1";
                    break;
                case "id" or "targetId" when template.StartsWith("/api/topics", StringComparison.Ordinal):
                    values[name] = (await NewTopicAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "id" when template.StartsWith("/admin/users", StringComparison.Ordinal):
                    values[name] = (await factory.CreateUserAsync("r-" + Guid.NewGuid().ToString("N")[..10], Roles.Contributor, AdminTestData.UnitB)).Id;
                    break;
                case "id" when template.StartsWith("/admin/units", StringComparison.Ordinal):
                    values[name] = (await ScalarAsync(db => db.Units.Where(u => u.Code == AdminTestData.UnitB).Select(u => u.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "id" when template.StartsWith("/media", StringComparison.Ordinal):
                    var (file, variant) = await NewMediaAsync();
                    values[name] = file.ToString("N");
                    values["variant"] = variant;
                    break;
                case "variant":
                    break;
                case "id" when template.StartsWith("/api/plans", StringComparison.Ordinal):
                case "planId":
                    values[name] = (await ScalarAsync(db => db.Plans.Where(p => p.IsPublished).Select(p => p.ContentItemId).FirstAsync())).ToString();
                    break;
                case "type":
                    types = [.. factory.Services.GetRequiredService<ContentTypeRegistry>().Names];
                    break;
                case "slug":
                    values[name] = await SlugAsync(template);
                    break;
                case "index":
                    values[name] = (await ScalarAsync(db => db.IndexResults.Where(r => r.IsPublished).Select(r => r.IndexCode).FirstAsync())).ToLowerInvariant();
                    break;
                case "code":
                    values[name] = "404";
                    break;
                case "documentName":
                    values[name] = "v1";
                    break;
                default:
                    throw new InvalidOperationException($"No fixture for parameter “{name}” of {route}: add one to {nameof(RouteFixture)}.");
            }
        }

        var url = Fill(template, values);
        return types is null ? [new RouteCase(url, null, itemType)] : types.Select(t => new RouteCase(System.Text.RegularExpressions.Regex.Replace(url, "\\{type(:[^}]*)?\\}", t), t, itemType)).ToList();
    }

    private static string Fill(string template, Dictionary<string, string> values)
    {
        var url = template;
        foreach (var (name, value) in values)
        {
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{" + name + "(:[^}]*)?\\??\\}", value);
        }

        // Optional parameters without a value ({id:int?}) fall away with their slash.
        return System.Text.RegularExpressions.Regex.Replace(url, "/\\{[^}]*\\?\\}", string.Empty);
    }

    private async Task<string> SlugAsync(string template)
    {
        if (template.StartsWith("/chu-de", StringComparison.Ordinal))
        {
            return await ScalarAsync(db => db.Topics.Where(t => t.MergedIntoId == null).Select(t => t.Slug).FirstAsync());
        }

        var types = factory.Services.GetRequiredService<ContentTypeRegistry>();
        var type = types.All.Single(t => t.PublicPath is { } p && template.StartsWith(p + "/", StringComparison.Ordinal)).Name;
        return await ScalarAsync(db => db.ContentVersions.Where(v => v.IsPublished && v.Item.ContentType == type).Select(v => v.Item.Slug).FirstAsync());
    }

    /// <summary>A citizen's question, assigned to <see cref="AdminTestData.UnitA"/> (the contributor's unit) by an administrator.</summary>
    private async Task<Guid> NewQuestionAsync()
    {
        await using var scope = factory.Scope();
        var services = scope.ServiceProvider;
        var receipt = await services.GetRequiredService<FeedbackIntake>().SubmitAsync(
            new FeedbackSubmission("Nguyễn Văn A", null, "a@example.vn", "Hỏi về thủ tục cấp phép " + Guid.NewGuid().ToString("N")[..6], null, null, null, Guid.NewGuid().ToString("N")),
            null, default);
        var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, "admin"), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.Administrator)], "test"));
        await services.GetRequiredService<FeedbackWorkflow>().AssignAsync(receipt.ItemId, AdminTestData.UnitA, admin, default);
        return receipt.ItemId;
    }

    private async Task<int> NewTopicAsync()
    {
        await using var scope = factory.Scope();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return (await scope.ServiceProvider.GetRequiredService<TopicService>().CreateAsync("Chủ đề thử " + suffix, "chu-de-thu-" + suffix, null, default)).Id;
    }

    /// <summary>A small PDF in the media library, uploaded by the contributor (so every role that manages media may delete it).</summary>
    private async Task<(Guid Id, string Variant)> NewMediaAsync()
    {
        await using var scope = factory.Scope();
        var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var file = await store.SaveAsync(new MemoryStream(pdf), "van-ban.pdf", "application/pdf", RouteTableUsers.Contributor);
        var db = factory.Db(scope);
        db.MediaFiles.Add(file);
        await db.SaveChangesAsync();
        return (file.Id, file.Variants[0].Name);
    }

    private async Task<T> ScalarAsync<T>(Func<ParPortal.Data.ParPortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Scope();
        return await query(factory.Db(scope));
    }
}
