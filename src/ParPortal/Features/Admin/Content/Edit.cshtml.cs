using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

namespace ParPortal.Features.Admin.Content;

/// <summary>
/// Create and edit for every content type: the common fields here, the type's own fields in a partial named
/// <c>_Edit{Type}</c>. Saving goes through the same <see cref="ContentInputMapper"/> and <see cref="ContentManager"/>
/// as the API and recipes, so the rules (and the sanitizer) are the same on every path. Only those who may write
/// content open it (the office reads content but does not get an edit form it could never save).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Permissions.EditOwnUnitContent)]
public sealed class EditModel(ParPortalDbContext db, ContentManager manager, ContentInputMapper mapper) : PageModel
{
    public string Type { get; private set; } = ContentTypes.Article;

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public ContentInput Input { get; private set; } = new Articles.ArticleInput();

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

            if (!ContentEndpoints.CanEdit(User, latest.UnitId, read: false))
            {
                return Forbid();
            }

            (Id, Type, BaseVersion, Input) = (itemId, latest.Item.ContentType, latest.VersionNumber, ContentInputMapper.Read(latest, latest.Item.Slug));
        }
        else
        {
            if (!ContentTypes.IsKnown(type))
            {
                return NotFound();
            }

            Type = type!;
            Input = NewInput(Type);
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

            (Id, Type) = (itemId, latest.Item.ContentType);
        }
        else if (ContentTypes.IsKnown(type))
        {
            Type = type!;
        }
        else
        {
            return NotFound();
        }

        Input = NewInput(Type);
        await TryUpdateModelAsync(Input, Input.GetType(), "Input");
        FormErrors.TranslateBindingErrors(ModelState, "Input", Request.Form);
        Input.Topics = Request.Form["Input.Topics"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        if (Input is IFormListFields lists)
        {
            try
            {
                lists.ReadLists(Request.Form);
            }
            catch (ContentValidationException e)
            {
                FormErrors.Add(ModelState, e);
            }
        }

        if (Input is Plans.PlanInput plan)
        {
            var planErrors = new FieldErrors();
            await plan.ValidateDefinitionAsync(db, planErrors, ct);
            try
            {
                planErrors.ThrowIfAny();
            }
            catch (ContentValidationException e)
            {
                FormErrors.Add(ModelState, e);
            }
        }

        if ((latest is not null && !ContentEndpoints.CanEdit(User, latest.UnitId, read: false)) || !User.HasPermission(Permissions.EditOwnUnitContent))
        {
            return Forbid();
        }

        try
        {
            var scratch = Input.NewVersion();
            await mapper.ApplyAsync(Input, scratch, ct);
            if (!ContentEndpoints.CanEdit(User, scratch.UnitId, read: false))
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

            if (Id is { } existing)
            {
                await manager.SaveAsync(existing, BaseVersion, v => ContentEndpoints.CopyInto(scratch, v), User.Identity!.Name!, Input.Slug, ct);
            }
            else
            {
                Id = (await manager.CreateAsync(scratch, Input.Slug, User.Identity!.Name!, ct: ct)).Id;
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

        TempData["Notice"] = "Đã lưu.";
        return Redirect($"/admin/content/{Id}");
    }

    private static ContentInput NewInput(string type) => type switch
    {
        ContentTypes.Article => new Articles.ArticleInput(),
        ContentTypes.Document => new Documents.DocumentInput(),
        ContentTypes.Procedure => new Procedures.ProcedureInput(),
        ContentTypes.Hotline => new Hotlines.HotlineInput(),
        ContentTypes.IndexResult => new IndexResults.IndexResultInput(),
        _ => new Plans.PlanInput(),
    };

    private async Task<string?> UserUnitCodeAsync(CancellationToken ct) =>
        User.UnitId() is { } unitId ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Code).SingleOrDefaultAsync(ct) : null;

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var q = db.Units.AsNoTracking();
        if (!User.HasPermission(Permissions.EditAllContent) && User.UnitId() is { } own)
        {
            q = q.Where(u => u.Id == own);
        }

        Units = await q.OrderBy(u => u.ValidTo != null).ThenBy(u => u.Name).ToListAsync(ct);
        Topics = await db.Topics.AsNoTracking().Where(t => t.MergedIntoId == null).OrderBy(t => t.SortOrder).ToListAsync(ct);
    }
}

/// <summary>An input with list fields that forms post as text (one entry a line) rather than as bound collections.</summary>
public interface IFormListFields
{
    void ReadLists(Microsoft.AspNetCore.Http.IFormCollection form);
}
