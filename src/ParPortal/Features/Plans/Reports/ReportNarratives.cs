using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Audit;
using ParPortal.Features.Content;

namespace ParPortal.Features.Plans.Reports;

/// <summary>The narrative of one report as the office edits it (API body and admin form).</summary>
public sealed record NarrativeInput(
    string? Number, string? Superior, DateOnly? ReportDate, string? Achievements, string? Shortcomings, string? NextSteps,
    string? Recipients, string? SignerTitle, string? SignerName);

/// <summary>
/// Reads and saves what the office writes for a plan's report, per reporting period. A save names the plan and a
/// period the plan has (or none, for the whole plan); texts are NFC and bounded; each save is recorded in the audit
/// log. Nothing is half-saved: a refused input changes nothing.
/// </summary>
public sealed class ReportNarratives(ParPortalDbContext db, PlanProgressService plans, TimeProvider clock)
{
    /// <summary>
    /// The longest narrative part, in characters: a report's part runs to a few pages (about 10,000 characters); the
    /// bound keeps one request from storing megabytes.
    /// </summary>
    public const int MaxPartChars = 20_000;

    public async Task<PlanReportNarrative?> LoadAsync(Guid planId, string? period, CancellationToken ct = default)
    {
        var label = period?.Trim() ?? string.Empty;
        return await db.Set<PlanReportNarrative>().AsNoTracking().SingleOrDefaultAsync(n => n.PlanItemId == planId && n.PeriodLabel == label, ct);
    }

    /// <summary>Saves the narrative; null when no plan has this id. Validation errors name the field.</summary>
    public async Task<PlanReportNarrative?> SaveAsync(Guid planId, string? period, NarrativeInput input, string actor, CancellationToken ct = default)
    {
        var plan = await plans.LoadPlanAsync(planId, ct);
        if (plan is null)
        {
            return null;
        }

        var label = period?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (label.Length > 0 && !plan.Definition.ReportingPeriods.Any(p => p.Label == label))
        {
            errors.Add("period", $"Kế hoạch không có kỳ báo cáo “{label}”.");
        }

        errors.MaxLength("number", input.Number, 100, "Số báo cáo");
        errors.MaxLength("superior", input.Superior, 200, "Cơ quan chủ quản");
        errors.MaxLength("signerTitle", input.SignerTitle, 200, "Chức vụ người ký");
        errors.MaxLength("signerName", input.SignerName, 200, "Người ký");
        foreach (var (field, value, name) in new[]
        {
            ("achievements", input.Achievements, "Kết quả đạt được"), ("shortcomings", input.Shortcomings, "Tồn tại, hạn chế"),
            ("nextSteps", input.NextSteps, "Phương hướng, nhiệm vụ kỳ tới"), ("recipients", input.Recipients, "Nơi nhận"),
        })
        {
            errors.MaxLength(field, value, MaxPartChars, name);
        }

        if (input.ReportDate is { Year: < 2000 or > 2100 })
        {
            errors.Add("reportDate", "Ngày báo cáo phải từ năm 2000 đến năm 2100.");
        }

        errors.ThrowIfAny();

        var narrative = await db.Set<PlanReportNarrative>().SingleOrDefaultAsync(n => n.PlanItemId == planId && n.PeriodLabel == label, ct);
        if (narrative is null)
        {
            narrative = new PlanReportNarrative { PlanItemId = planId, PeriodLabel = label };
            db.Add(narrative);
        }

        narrative.Number = Text(input.Number);
        narrative.Superior = Text(input.Superior);
        narrative.ReportDate = input.ReportDate;
        narrative.Achievements = Text(input.Achievements) ?? string.Empty;
        narrative.Shortcomings = Text(input.Shortcomings) ?? string.Empty;
        narrative.NextSteps = Text(input.NextSteps) ?? string.Empty;
        narrative.Recipients = Text(input.Recipients) ?? string.Empty;
        narrative.SignerTitle = Text(input.SignerTitle);
        narrative.SignerName = Text(input.SignerName);
        narrative.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        narrative.UpdatedBy = actor;
        db.AuditLog.Add(new AuditEntry
        {
            TimestampUtc = narrative.UpdatedUtc,
            UserName = actor,
            Action = "report",
            ContentItemId = planId,
            ContentType = ContentTypes.Plan,
            Title = plan.Title,
            Details = $"nội dung báo cáo {(label.Length == 0 ? PlanReportBuilder.WholePlanLabel.ToLowerInvariant() : "kỳ " + label)}",
        });
        await db.SaveChangesAsync(ct);
        return narrative;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(System.Text.NormalizationForm.FormC);
}
