using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Citizens' feedback and questions (phản ánh, kiến nghị; hỏi đáp). Written by the units they are assigned to, so they
/// follow the unit rule; published ones are the public Q&amp;As at <c>/hoi-dap/{slug}</c>, searchable by question and
/// answer. The submitter's contact is never part of a version (see <see cref="FeedbackContact"/>).
/// </summary>
public sealed class FeedbackType() : ContentTypeDefinition<FeedbackVersion, FeedbackInput>(ContentTypes.Feedback, "Phản ánh, kiến nghị; hỏi đáp", FeedbackUrls.Path)
{
    protected override ContentSearchText SearchTextOf(FeedbackVersion f, Func<string?, string> plainText) => new($"{f.Question} {f.Answer}");
}
