using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// What the office writes for one report of a plan (one reporting period, or the whole plan): the narrative sections
/// Nghị định 30/2020/NĐ-CP's report carries around the figures, and the parts of its header and signature block the
/// plan does not give. Kept per plan and period, so the office writes it once and exports as often as it needs.
/// </summary>
public sealed class PlanReportNarrative
{
    public int Id { get; set; }

    public Guid PlanItemId { get; set; }

    /// <summary>The reporting period's label; empty for the report on the whole plan.</summary>
    public string PeriodLabel { get; set; } = string.Empty;

    /// <summary>"15/BC-SGTVT"; empty prints "Số:      /BC-…" for the number to be filled in by hand.</summary>
    public string? Number { get; set; }

    /// <summary>The body above the agency in the header ("UBND TỈNH QUẢNG TRỊ"); optional.</summary>
    public string? Superior { get; set; }

    /// <summary>The date printed in the place-and-date line; empty: the as-of date of the export.</summary>
    public DateOnly? ReportDate { get; set; }

    /// <summary>I. Kết quả đạt được.</summary>
    public string Achievements { get; set; } = string.Empty;

    /// <summary>II. Tồn tại, hạn chế và nguyên nhân.</summary>
    public string Shortcomings { get; set; } = string.Empty;

    /// <summary>III. Phương hướng, nhiệm vụ kỳ tới.</summary>
    public string NextSteps { get; set; } = string.Empty;

    /// <summary>"Nơi nhận", one recipient per line ("UBND tỉnh (b/c);").</summary>
    public string Recipients { get; set; } = string.Empty;

    /// <summary>Who signs this report and with what title, when not the plan's signer.</summary>
    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

internal sealed class PlanReportNarrativeConfiguration : IEntityTypeConfiguration<PlanReportNarrative>
{
    public void Configure(EntityTypeBuilder<PlanReportNarrative> b)
    {
        b.ToTable("PlanReportNarratives");
        b.HasIndex(x => new { x.PlanItemId, x.PeriodLabel }).IsUnique();
        b.Property(x => x.PeriodLabel).HasMaxLength(200);
        b.Property(x => x.Number).HasMaxLength(100);
        b.Property(x => x.Superior).HasMaxLength(200);
        b.Property(x => x.SignerTitle).HasMaxLength(200);
        b.Property(x => x.SignerName).HasMaxLength(200);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        // The plan is a content item: deleting it deletes what the office wrote for its reports.
        b.HasOne<Content.ContentItem>().WithMany().HasForeignKey(x => x.PlanItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
