namespace ParPortal.Features.Feedback;

/// <summary>Settings of citizens' feedback and the page rating, bound from <c>ParPortal:Feedback</c>.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "ParPortal:Feedback";

    /// <summary>
    /// Working days the agency has to answer a question, counted from the day after receipt. Default 15, the target
    /// the seed plans set; an agency with a stricter rule lowers it. Must be 1–90.
    /// </summary>
    public int AnswerWorkingDays { get; set; } = 15;

    /// <summary>
    /// A JSON file of public holidays and make-up working days (the shape of the built-in
    /// <c>Features/Feedback/Deadlines/vietnam-holidays.json</c>). Empty: the built-in calendar for 2024–2027.
    /// A relative path is resolved against the content root.
    /// </summary>
    public string? HolidaysFile { get; set; }

    /// <summary>
    /// Questions accepted from one address per <see cref="SubmissionWindow"/>. Default 5 in 10 minutes: a person asks
    /// one or two things; a family or an office behind one address still gets through; a script sending a thousand is
    /// stopped after five, so the moderation queue cannot be flooded.
    /// </summary>
    public int SubmissionsPerWindow { get; set; } = 5;

    public TimeSpan SubmissionWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Status look-ups by tracking code from one address per minute. Default 30: plenty for a person, far too few to
    /// guess codes (31^8 of them).
    /// </summary>
    public int TrackingLookupsPerMinute { get; set; } = 30;

    /// <summary>Page ratings accepted from one address per minute. Default 30 (a person rates a few pages a visit).</summary>
    public int RatingsPerMinute { get; set; } = 30;

    /// <summary>
    /// How long the form's arithmetic question stays valid. Default 30 minutes: time to write a long question; an old
    /// token cannot be collected and replayed later.
    /// </summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest attachment (an image or a PDF). Default 5 MB: a scanned page or a phone photo fits; videos do not.</summary>
    public long MaxAttachmentBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Longest comment with a page rating, in characters.</summary>
    public const int MaxRatingCommentLength = 1000;
}
