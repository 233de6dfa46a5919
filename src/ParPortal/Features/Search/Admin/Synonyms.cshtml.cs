using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Search.Synonyms;
using ParPortal.Features.Users;
using ParPortal.Text;

namespace ParPortal.Features.Search.Admin;

/// <summary>
/// The search synonym dictionary, edited as text (one group per line). Saving replaces the whole dictionary in one
/// row; a text with an error is not saved at all and every faulty line is named. "Khôi phục mặc định" removes the
/// row, so the shipped dictionary applies again.
/// </summary>
[Authorize(Policy = Permissions.ManageSearch)]
public sealed class SynonymsModel(ParPortalDbContext db, SynonymSource source, TimeProvider clock) : PageModel
{
    /// <summary>Characters the text may have: a thousand lines of a hundred characters.</summary>
    public const int MaxChars = 100_000;

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The version the editor started from; another editor's save in between is refused.</summary>
    [BindProperty]
    public Guid Stamp { get; set; }

    public bool IsShipped { get; private set; }

    public int Groups { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var row = await db.SearchVocabulary.AsNoTracking().SingleOrDefaultAsync(v => v.Id == 1, ct);
        IsShipped = row is null;
        Text = row?.Synonyms ?? SynonymDefaults.Text;
        Stamp = row?.ConcurrencyStamp ?? Guid.Empty;
        Groups = SynonymDictionary.Parse(Text).Dictionary?.Groups.Count ?? 0;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var text = VietnameseText.Nfc(Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var (dictionary, errors) = text.Length > MaxChars
            ? (null, [$"Từ điển dài tối đa {MaxChars:N0} ký tự."])
            : SynonymDictionary.Parse(text);
        if (dictionary is null)
        {
            return Refuse(errors);
        }
        var row = await db.SearchVocabulary.SingleOrDefaultAsync(v => v.Id == 1, ct);
        if ((row?.ConcurrencyStamp ?? Guid.Empty) != Stamp)
        {
            return Refuse(["Từ điển vừa được người khác sửa; thay đổi của bạn chưa được lưu. Hãy tải lại trang."]);
        }
        if (row is null)
        {
            row = new SearchVocabulary();
            db.SearchVocabulary.Add(row);
        }
        row.Synonyms = text;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = User.Identity?.Name;
        row.ConcurrencyStamp = Guid.NewGuid();
        AccountAudit.Record(db, clock, User.Identity?.Name, "search-synonyms", "Từ điển đồng nghĩa tìm kiếm", $"{dictionary.Groups.Count} nhóm");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(["Từ điển vừa được người khác sửa; thay đổi của bạn chưa được lưu. Hãy tải lại trang."]);
        }
        source.Replace(dictionary);
        TempData["Notice"] = $"Đã lưu từ điển đồng nghĩa: {dictionary.Groups.Count} nhóm.";
        return Redirect("/admin/search/synonyms");
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        var row = await db.SearchVocabulary.SingleOrDefaultAsync(v => v.Id == 1, ct);
        if (row is not null)
        {
            db.SearchVocabulary.Remove(row);
            AccountAudit.Record(db, clock, User.Identity?.Name, "search-synonyms", "Từ điển đồng nghĩa tìm kiếm", "khôi phục mặc định");
            await db.SaveChangesAsync(ct);
        }
        source.Replace(SynonymSource.Shipped);
        TempData["Notice"] = "Đã khôi phục từ điển đồng nghĩa mặc định.";
        return Redirect("/admin/search/synonyms");
    }

    private PageResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        foreach (var e in errors)
        {
            ModelState.AddModelError("text", e);
        }
        return Page();
    }
}
