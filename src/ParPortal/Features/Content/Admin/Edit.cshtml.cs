using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Features.Admin;
using ParPortal.Features.Content.Versions;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// Create and edit for every content type: the common fields here, the type's own fields in the partial its
/// registration names (<see cref="ContentTypeDefinition.EditorView"/>). Saving goes through the same
/// <see cref="ContentInputMapper"/> and <see cref="ContentManager"/> as the API and recipes, so the rules (and the
/// sanitizer) are the same on every path. Only those who may write the type open it (the office reads content but
/// does not get an edit form it could never save; only the office writes plans): declared with
/// <see cref="ContentAccessAttribute"/> and <see cref="ContentTypeAccessAttribute"/> and checked before a handler runs.
/// </summary>
[ContentAccess(ContentAccessKind.Edit)]
[ContentTypeAccess]
public sealed class EditModel(ParPortalDbContext db, ContentManager manager, ContentInputMapper mapper, ContentTypeRegistry types, HtmlSanitizer sanitizer) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public ContentInput Input { get; private set; } = null!;

    [BindProperty]
    public int BaseVersion { get; set; }

    /// <summary>
    /// Posted by "save over version N" after a conflict: the version the editor has seen the differences of and
    /// chooses to replace. Accepted only while N is still the latest, so a third save in between is refused again.
    /// </summary>
    [BindProperty]
    public int? ReplaceVersion { get; set; }

    /// <summary>Set when someone else saved after this editor opened the form; the form keeps what was typed.</summary>
    public SaveConflict? Conflict { get; private set; }

    /// <summary>The key under which js/autosave.js keeps this form in the browser: one per item, or per new type.</summary>
    /// <remarks>The user's name is part of the key: on a shared computer, one person is never offered another's text.</remarks>
    public string DraftKey => Id is { } id ? $"{User.ActorName()}:item:{id}" : NewDraftKey;

    private string NewDraftKey => $"{User.ActorName()}:new:{Type.Name}";

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public string? ErrorFor(string field) => FormErrors.For(ModelState, field);

    public async Task<IActionResult> OnGetAsync(string? type, Guid? id, CancellationToken ct)
    {
        if (id is { } itemId)
        {
            var latest = await ContentQueries.VersionAsync(db, itemId, published: false, ct);
            if (latest is null)
            {
                return NotFound();
            }

            Type = types.Of(latest);
            (Id, BaseVersion, Input) = (itemId, latest.VersionNumber, types.ToInput(latest));
        }
        else
        {
            if (!types.TryGet(type, out var definition))
            {
                return NotFound();
            }

            Type = definition;
            Input = Type.NewInput();
            Input.Unit = await UserUnitCodeAsync(ct);
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? type, Guid? id, CancellationToken ct)
    {
        ContentVersion? latest = null;
        if (id is { } itemId)
        {
            latest = await ContentQueries.VersionAsync(db, itemId, published: false, ct);
            if (latest is null)
            {
                return NotFound();
            }

            (Id, Type) = (itemId, types.Of(latest));
        }
        else if (types.TryGet(type, out var definition))
        {
            Type = definition;
        }
        else
        {
            return NotFound();
        }

        Input = Type.NewInput();
        await ReadFormAsync(ct);
        try
        {
            var scratch = await mapper.ToVersionAsync(Input, ct);
            if (!User.CanEdit(Type, scratch.UnitId))
            {
                ModelState.AddModelError("unit", "Bạn chỉ được lưu nội dung của đơn vị mình.");
                await LoadListsAsync(ct);
                return Page();
            }

            // Errors found while reading the form (bad rows, bad numbers): show them with the field rules' own,
            // and save nothing.
            if (!ModelState.IsValid)
            {
                ContentVersionValidation.Validate(scratch);
                await LoadListsAsync(ct);
                return Page();
            }

            var baseVersion = ReplaceVersion is { } replace && replace == latest?.VersionNumber ? replace : BaseVersion;
            try
            {
                Id = Id is { } existing
                    ? (await manager.SaveAsync(existing, baseVersion, scratch, User.ActorName(), Input.Slug, ct)).ContentItemId
                    : (await manager.CreateAsync(scratch, Input.Slug, User.ActorName(), ct: ct)).Id;
            }
            catch (ContentRuleException e) when (e.Kind == ContentRuleKind.Conflict && Id is { } conflicted)
            {
                ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
                Conflict = await ConflictAsync(conflicted, scratch, ct);
                await LoadListsAsync(ct);
                return Page();
            }
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
            await LoadListsAsync(ct);
            return Page();
        }
        catch (ContentRuleException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            await LoadListsAsync(ct);
            return Page();
        }

        // What the sanitizer removed is said here, once, so that the editor knows why the text changed.
        TempData["Notice"] = mapper.SanitizerNotices.Count == 0 ? "Đã lưu." : "Đã lưu. " + string.Join(" ", mapper.SanitizerNotices);
        // The browser's copy of the form (js/autosave.js) was for the version now saved: the item page drops it.
        TempData["ClearDraft"] = id is null ? NewDraftKey : DraftKey;
        return Redirect($"/admin/content/{Id}");
    }

    /// <summary>
    /// Who saved over this editor and what changed: the other saves since the version the form started from, and
    /// what this editor's text would change in the latest version. The form itself keeps the posted text.
    /// </summary>
    private async Task<SaveConflict?> ConflictAsync(Guid itemId, ContentVersion mine, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, itemId, published: false, ct);
        if (latest is null)
        {
            return null;
        }

        var started = await VersionQueries.LoadAsync(db, itemId, BaseVersion, ct);
        mine.Item = latest.Item;
        mine.VersionNumber = latest.VersionNumber + 1;
        return new SaveConflict(
            latest.VersionNumber,
            latest.CreatedBy,
            latest.CreatedUtc,
            started is null || started.GetType() != latest.GetType() ? null : VersionComparison.Of(started, latest, sanitizer.ToPlainText),
            VersionComparison.Of(latest, mine, sanitizer.ToPlainText));
    }

    /// <summary>Binds the posted fields, then the list fields and the checks the type adds, collecting every error.</summary>
    private async Task ReadFormAsync(CancellationToken ct)
    {
        await TryUpdateModelAsync(Input, Input.GetType(), "Input");
        var form = InputForm.Of(Request.Form);
        FormErrors.TranslateBindingErrors(ModelState, "Input", form);
        Input.Topics = form["Input.Topics"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        var errors = new FieldErrors();
        try
        {
            (Input as IFormListFields)?.ReadLists(form);
            if (Input is IFormCheckedInput checkedInput)
            {
                await checkedInput.CheckAsync(HttpContext.RequestServices, errors, ct);
            }

            errors.ThrowIfAny();
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
        }
    }

    private async Task<string?> UserUnitCodeAsync(CancellationToken ct) =>
        User.UnitId() is { } unitId ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Code).SingleOrDefaultAsync(ct) : null;

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var q = db.Units.AsNoTracking();
        if (!User.HasPermission(Permissions.EditAllContent) && Type.IsUnitContent && User.UnitId() is { } own)
        {
            q = q.Where(u => u.Id == own);
        }

        Units = (await q.ToListAsync(ct)).CurrentFirst();
        Topics = (await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).ToListAsync(ct)).InEditorsOrder();
    }
}

/// <summary>A refused save: the version saved meanwhile, by whom and when, and the two comparisons the form shows.</summary>
/// <param name="TheirChanges">From the version this editor started from to the latest (null if it no longer exists).</param>
/// <param name="MineAgainstLatest">From the latest to what this editor typed.</param>
public sealed record SaveConflict(int LatestVersion, string? SavedBy, DateTime SavedUtc, VersionComparison? TheirChanges, VersionComparison MineAgainstLatest);
