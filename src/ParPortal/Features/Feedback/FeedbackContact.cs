using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Who sent a question through the public form and how to reach them, and their attachment, kept apart from the
/// content: no version, search document, public page or anonymous API response reads this table, and nothing logs
/// it. Only those who may act on the question see it (editors, and the unit it is assigned to). Deleting the question
/// deletes it.
/// </summary>
public sealed class FeedbackContact
{
    public Guid ContentItemId { get; set; }

    public ContentItem Item { get; set; } = null!;

    public string Name { get; set; } = string.Empty;

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The unit the citizen said the question concerns; the editor who assigns the question sees it first.</summary>
    public int? ConcernedUnitId { get; set; }

    /// <summary>
    /// The one-time key of the challenge the form was sent with: a second post of the same form (a double click, a
    /// replayed request) finds this row and gets the same tracking code instead of a second question.
    /// </summary>
    public string? SubmissionKey { get; set; }

    /// <summary>The stored attachment's id, when the citizen sent one; its files are under the media root but never served publicly.</summary>
    public Guid? AttachmentId { get; set; }

    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    /// <summary>The file to serve to staff: the full-size stripped image, or the PDF (relative to the media root).</summary>
    public string? AttachmentPath { get; set; }

    public long? AttachmentBytes { get; set; }
}
