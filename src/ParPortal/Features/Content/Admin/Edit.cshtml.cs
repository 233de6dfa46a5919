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

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// Create and edit for every content type: the common fields here, the type's own fields in the partial its
/// registration names (<see cref="ContentTypeDefinition.EditorView"/>). Saving goes through the same
/// <see cref="ContentInputMapper"/> and <see cref="ContentManager"/> as the API and recipes, so the rules (and the
/// sanitizer) are the same on every path. Only those who may write the type open it (the office reads content but
/// does not get an edit form it could never save; only the office writes plans).
/// </summary>
public sealed class EditModel(ParPortalDbContext db, ContentManager manager, ContentInputMapper mapper, ContentTypeRegistry types) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public ContentInput Input { get; private set; } = null!;

    [BindProperty]
    public int BaseVersion { get; set; }

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
            if (!User.CanEdit(Type, latest.UnitId))
            {
                return Forbid();
            }

            (Id, BaseVersion, Input) = (itemId, latest.VersionNumber, types.ToInput(latest));
        }
        else
        {
            if (!types.TryGet(type, out var definition))
            {
                return NotFound();
            }

            Type = definition;
            if (!User.CanCreate(Type))
            {
                return Forbid();
            }

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

        if ((latest is not null && !User.CanEdit(Type, latest.UnitId)) || !User.CanCreate(Type))
        {
            return Forbid();
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

            Id = Id is { } existing
                ? (await manager.SaveAsync(existing, BaseVersion, scratch, User.ActorName(), Input.Slug, ct)).ContentItemId
                : (await manager.CreateAsync(scratch, Input.Slug, User.ActorName(), ct: ct)).Id;
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

        TempData["Notice"] = "Đã lưu.";
        return Redirect($"/admin/content/{Id}");
    }

    /// <summary>Binds the posted fields, then the list fields and the checks the type adds, collecting every error.</summary>
    private async Task ReadFormAsync(CancellationToken ct)
    {
        await TryUpdateModelAsync(Input, Input.GetType(), "Input");
        FormErrors.TranslateBindingErrors(ModelState, "Input", Request.Form);
        Input.Topics = Request.Form["Input.Topics"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        var errors = new FieldErrors();
        try
        {
            (Input as IFormListFields)?.ReadLists(Request.Form);
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

        Units = await q.OrderBy(u => u.ValidTo != null).ThenBy(u => u.Name).ToListAsync(ct);
        Topics = await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).ToListAsync(ct);
    }
}
