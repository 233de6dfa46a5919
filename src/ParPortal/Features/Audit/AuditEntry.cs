namespace ParPortal.Features.Audit;

/// <summary>One recorded change: who did what to which item and version, and when. Entries are never updated.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime TimestampUtc { get; set; }

    public string? UserName { get; set; }

    /// <summary>create, save, submit, publish, unpublish, archive, schedule, restore, delete, import, login…</summary>
    public required string Action { get; set; }

    public Guid? ContentItemId { get; set; }

    public string? ContentType { get; set; }

    public int? VersionNumber { get; set; }

    public string? Title { get; set; }

    /// <summary>What changed, in a line a person can read ("Tiêu đề; Nội dung", "lịch xuất bản 01/12/2026 08:00").</summary>
    public string? Details { get; set; }
}
