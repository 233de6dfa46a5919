namespace ParPortal.Content;

/// <summary>What the scheduler must do for one item at a given instant. Pure, so that it is tested with a fixed clock.</summary>
public enum ScheduledAction
{
    None,
    Publish,
    Unpublish,
}

public static class ScheduleDecision
{
    /// <summary>
    /// Decides the due action. Publishing comes first when both are due, so that an item scheduled to appear and
    /// disappear within one scheduler period is published (and recorded) before it is unpublished.
    /// </summary>
    public static ScheduledAction Due(DateTimeOffset now, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, bool isPublished)
    {
        if (!isPublished && publishAt is { } p && p <= now)
        {
            return ScheduledAction.Publish;
        }

        if (isPublished && unpublishAt is { } u && u <= now)
        {
            return ScheduledAction.Unpublish;
        }

        return ScheduledAction.None;
    }

    /// <summary>
    /// How far ahead a publication can be scheduled: plans run a year or two ahead; a date decades away is a typing
    /// mistake (or 9999-12-31, which no clock conversion survives).
    /// </summary>
    public const int MaxYearsAhead = 10;

    /// <summary>Refuses a schedule that could never run as meant.</summary>
    public static void Validate(DateTimeOffset now, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt)
    {
        foreach (var (field, at) in (ReadOnlySpan<(string, DateTimeOffset?)>)[("publishAt", publishAt), ("unpublishAt", unpublishAt)])
        {
            if (at is { } t && (t > now.AddYears(MaxYearsAhead) || t < now.AddYears(-MaxYearsAhead)))
            {
                throw new ContentRuleException($"Thời điểm hẹn giờ phải trong vòng {MaxYearsAhead} năm kể từ hôm nay.", field);
            }
        }

        if (publishAt is { } p && unpublishAt is { } u && u <= p)
        {
            throw new ContentRuleException("Thời điểm gỡ xuất bản phải sau thời điểm xuất bản.", "unpublishAt");
        }

        if (unpublishAt is { } u2 && u2 <= now)
        {
            throw new ContentRuleException("Thời điểm gỡ xuất bản phải ở tương lai.", "unpublishAt");
        }
    }
}
