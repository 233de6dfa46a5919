using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Citizens' feedback and questions (phản ánh, kiến nghị; hỏi đáp). Written by the units they are assigned to, so they
/// follow the unit rule; published ones are the public Q&amp;As at <c>/hoi-dap/{slug}</c>, searchable by question and
/// answer. The submitter's contact is never part of a version (see <see cref="FeedbackContact"/>).
/// </summary>
public sealed class FeedbackType : ContentTypeDefinition<FeedbackVersion, FeedbackInput>
{
    public override string Name => ContentTypes.Feedback;

    public override string DisplayName => "Phản ánh, kiến nghị; hỏi đáp";

    public override string EditorView => "/Features/Feedback/Admin/_EditFeedback.cshtml";

    public override string? PublicPath => FeedbackUrls.Path;

    public override bool IsSearchable => true;

    protected override string? UrlOf(ContentItem item, FeedbackVersion version) => FeedbackUrls.Item(item.Slug);

    protected override ContentSearchText SearchTextOf(FeedbackVersion f, Func<string?, string> plainText) =>
        new($"{f.Question} {f.Answer}");
}
