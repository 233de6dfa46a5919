using ParPortal.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Citizens' feedback and questions (phản ánh, kiến nghị; hỏi đáp). Written by the units they are assigned to, so they
/// follow the unit rule; published ones are the public Q&amp;As at <c>/hoi-dap/{slug}</c>, searchable by question and
/// answer. The submitter's contact is never part of a version (see <see cref="FeedbackContact"/>).
/// </summary>
public sealed class FeedbackType() : ContentTypeDefinition<FeedbackVersion, FeedbackInput>(ContentTypes.Feedback, "Phản ánh, kiến nghị; hỏi đáp", FeedbackUrls.Path)
{
    /// <summary>
    /// Procedure pages list their Q&amp;As, and a question names its procedure by code (not by page), so a published
    /// question also evicts the procedure pages.
    /// </summary>
    public override IEnumerable<string> CacheTagsOf(ContentItem item, ContentVersion version) =>
        [.. base.CacheTagsOf(item, version), CacheTags.Type(ContentTypes.Procedure)];

    protected override ContentSearchText SearchTextOf(FeedbackVersion f, Func<string?, string> plainText) => new(ContentSearchText.Join([f.Question, f.Answer]));
}
