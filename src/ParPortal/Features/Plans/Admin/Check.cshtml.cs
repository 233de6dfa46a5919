using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Admin;

/// <summary>What the live check returns: the definition's errors, and each rule read back ("2.3" → task row 2, rule row 3).</summary>
public sealed record PlanCheckResult(IReadOnlyList<string> Errors, IReadOnlyDictionary<string, string> ReadBack);

/// <summary>
/// The plan editor's live check (<c>POST /admin/plans/check</c>, the editor's form as it stands, antiforgery included):
/// the same reading of the form and the same <see cref="PlanDefinitionCheck"/> as saving and the API, so the page shows
/// the messages a save would give, and every rule in plain Vietnamese, before anything is saved. Saves nothing.
/// </summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class CheckModel(PlanDefinitionCheck check) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = Request.Form;
        var input = new PlanInput
        {
            Title = PlanForm.Text(form, "Input.Title") ?? string.Empty,
            Number = PlanForm.Text(form, "Input.Number") ?? string.Empty,
            Year = int.TryParse(form["Input.Year"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0,
            IssuingUnit = PlanForm.Text(form, "Input.IssuingUnit"),
        };
        var errors = new List<string>();
        try
        {
            input.ReadLists(form);
        }
        catch (ContentValidationException e)
        {
            errors.AddRange(e.Errors.Values.SelectMany(m => m));
        }

        var plan = input.Plan;
        if (errors.Count == 0)
        {
            errors.AddRange((await check.ErrorsAsync(plan, ct)).Select(PlanDefinitionCheck.Message));
        }

        var readBack = new Dictionary<string, string>(StringComparer.Ordinal);
        var ignored = new FieldErrors();
        foreach (var t in PlanForm.Indexes(form, PlanForm.Prefix + "Tasks"))
        {
            foreach (var r in PlanForm.Indexes(form, $"{PlanForm.Prefix}Tasks[{t}].Rules"))
            {
                if (PlanRuleForm.Read(form, t, r, string.Empty, ignored) is { } rule)
                {
                    readBack[$"{t}.{r}"] = RuleWording.Describe(rule, plan);
                }
            }
        }

        return new JsonResult(new PlanCheckResult(errors, readBack));
    }
}
