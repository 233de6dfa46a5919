using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Topics;
using ParPortal.Features.Users;

namespace ParPortal.Features.Topics.Admin;

/// <summary>
/// The topic taxonomy: add, rename, and merge one topic into another through <see cref="TopicService"/>, with the
/// number of items each topic tags (counted on items' latest versions).
/// </summary>
[Authorize(Policy = Permissions.ManageTopics)]
public sealed class IndexModel(ParPortalDbContext db, TopicService service) : PageModel
{
    public sealed record Row(Topic Topic, string? ParentName, string? MergedIntoName, int Items);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Topic> Active { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? slug, string? parent, CancellationToken ct) =>
        await ActAsync("create", async () =>
        {
            var topic = await service.CreateAsync(name ?? string.Empty, slug, parent, ct);
            return $"Đã thêm chủ đề “{topic.Name}”.";
        }, ct);

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken ct) =>
        await ActAsync($"rename-{id}", async () =>
        {
            var topic = await service.RenameAsync(id, name ?? string.Empty, ct);
            return $"Đã đổi tên chủ đề thành “{topic.Name}”.";
        }, ct);

    public async Task<IActionResult> OnPostMergeAsync(int sourceId, int targetId, CancellationToken ct) =>
        await ActAsync("merge", async () =>
        {
            await service.MergeAsync(sourceId, targetId, ct);
            return "Đã gộp chủ đề.";
        }, ct);

    /// <summary>The errors a form shows, by form ("create", "rename-3", "merge").</summary>
    public string? ErrorsOf(string form)
    {
        var messages = ModelState.Where(kv => kv.Key.StartsWith(form + ".", StringComparison.Ordinal)).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private async Task<IActionResult> ActAsync(string form, Func<Task<string>> act, CancellationToken ct)
    {
        try
        {
            TempData["Notice"] = await act();
            return Redirect("/admin/topics");
        }
        catch (ContentValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError($"{form}.{field}", string.Join(" ", messages));
            }
        }
        catch (ContentRuleException e) when (e.Kind == ContentRuleKind.NotFound)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var topics = (await db.Topics.AsNoTracking().ToListAsync(ct)).InEditorsOrder();
        var counts = await db.ContentVersions.Where(v => v.IsLatest).SelectMany(v => v.Topics.Select(t => t.Id))
            .GroupBy(id => id).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        var byId = topics.ToDictionary(t => t.Id);
        Rows = topics.Select(t => new Row(
            t,
            t.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Name : null,
            t.MergedIntoId is { } m && byId.TryGetValue(m, out var target) ? target.Name : null,
            counts.GetValueOrDefault(t.Id))).ToList();
        Active = topics.Where(t => t.MergedIntoId is null).ToList();
    }
}
