using Microsoft.Extensions.Options;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Deadlines;

/// <summary>When a question is due and whether it is late, by the working calendar and the configured number of days.</summary>
public sealed class FeedbackDeadlines(WorkingCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    public WorkingCalendar Calendar => calendar;

    public int WorkingDays => options.Value.AnswerWorkingDays;

    /// <summary>Today in Vietnam.</summary>
    public DateOnly Today => VietnamTime.LocalDate(clock.GetUtcNow().UtcDateTime);

    /// <summary>The last day on which an answer is on time.</summary>
    public DateOnly DueOn(DateOnly receivedOn) => calendar.AddWorkingDays(receivedOn, WorkingDays);

    /// <summary>True when a question still open is past its due day.</summary>
    public bool IsOverdue(DateOnly receivedOn) => Today > DueOn(receivedOn);

    /// <summary>True when an answer given (or a closing) on <paramref name="handledUtc"/> met the deadline.</summary>
    public bool WasOnTime(DateOnly receivedOn, DateTime handledUtc) => VietnamTime.LocalDate(handledUtc) <= DueOn(receivedOn);

    /// <summary>Working days past the due day (0 when not late).</summary>
    public int DaysLate(DateOnly receivedOn, DateOnly asOf) => calendar.WorkingDaysBetween(DueOn(receivedOn), asOf);
}
