using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Content;
using ParPortal.Features.Admin;
using ParPortal.Features.Content;
using ParPortal.Features.Plans.Reports;
using ParPortal.Features.Users;
using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// The office writes a report before exporting it: number, date, the three narrative parts (kết quả đạt được; tồn
/// tại, hạn chế và nguyên nhân; phương hướng, nhiệm vụ kỳ tới), recipients and signer, kept per plan and period
/// (<see cref="ReportNarratives"/>), then downloads the .docx or .xlsx. Bad input → not found → act → notice → redirect.
/// </summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class ReportModel(PlanProgressService plans, ReportNarratives narratives) : PageModel
{
    public Guid PlanId { get; private set; }

    public PlanDefinition Plan { get; private set; } = null!;

    public string? Period { get; private set; }

    [BindProperty]
    public NarrativeForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid planId, string? period, CancellationToken ct)
    {
        if (!await LoadAsync(planId, period, ct))
        {
            return NotFound();
        }

        if (await narratives.LoadAsync(planId, Period, ct) is { } saved)
        {
            Form = NarrativeForm.From(PlanReportEndpoints.ToInput(saved));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, string? period, CancellationToken ct)
    {
        if (!await LoadAsync(planId, period, ct))
        {
            return NotFound();
        }

        if (!Form.TryDate(out var date))
        {
            ModelState.AddModelError("reportDate", $"Ngày báo cáo: “{Form.ReportDate}” không phải là ngày (dd/mm/yyyy).");
            return Page();
        }

        try
        {
            await narratives.SaveAsync(planId, Period, Form.ToInput(date), User.ActorName(), ct);
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
            return Page();
        }

        TempData["Notice"] = "Đã lưu nội dung báo cáo.";
        return Redirect($"/admin/dashboard/{planId}/bao-cao" + (Period is null ? string.Empty : "?period=" + Uri.EscapeDataString(Period)));
    }

    private async Task<bool> LoadAsync(Guid planId, string? period, CancellationToken ct)
    {
        PlanId = planId;
        Period = string.IsNullOrWhiteSpace(period) ? null : period.Trim();
        var plan = await plans.LoadPlanAsync(planId, ct);
        if (plan is null)
        {
            return false;
        }

        Plan = plan.Definition;
        return Period is null || Plan.ReportingPeriods.Any(p => p.Label == Period);
    }
}

/// <summary>The report page's fields.</summary>
public sealed class NarrativeForm
{
    public string? Number { get; set; }

    public string? Superior { get; set; }

    /// <summary>As the date input posts it (2024-07-05) or typed (05/07/2024): text, so a bad value gets a Vietnamese message.</summary>
    public string? ReportDate { get; set; }

    public string? Achievements { get; set; }

    public string? Shortcomings { get; set; }

    public string? NextSteps { get; set; }

    public string? Recipients { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>Reads <see cref="ReportDate"/>: true with null when empty, false when the text is no date.</summary>
    public bool TryDate(out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(ReportDate))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(ReportDate.Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        date = ok ? day : null;
        return ok;
    }

    public NarrativeInput ToInput(DateOnly? date) => new(Number, Superior, date, Achievements, Shortcomings, NextSteps, Recipients, SignerTitle, SignerName);

    public static NarrativeForm From(NarrativeInput n) => new()
    {
        Number = n.Number, Superior = n.Superior, ReportDate = n.ReportDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Achievements = n.Achievements, Shortcomings = n.Shortcomings,
        NextSteps = n.NextSteps, Recipients = n.Recipients, SignerTitle = n.SignerTitle, SignerName = n.SignerName,
    };
}
