using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Features.Feedback.Public;

/// <summary>
/// The "Hỏi đáp về thủ tục này" block of a procedure's page: its newest published Q&amp;As, a link to all of them and
/// to the form with the procedure chosen. The procedure pages' cache is evicted when a question changes (see
/// <see cref="Workflow.FeedbackCommittedObserver"/>).
/// </summary>
public sealed class ProcedureQuestionsViewComponent(ParPortalDbContext db) : ViewComponent
{
    private const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(string code)
    {
        var published = db.Set<FeedbackVersion>().AsNoTracking().Where(v => v.IsPublished && v.ProcedureCode == code);
        var total = await published.CountAsync(HttpContext.RequestAborted);
        var items = await FeedbackList.SummariesAsync(published, 0, Shown, HttpContext.RequestAborted);
        return View("~/Features/Feedback/Public/_ProcedureQuestions.cshtml", new ProcedureQuestions(code, total, items));
    }
}

/// <summary>The Q&amp;As shown on a procedure's page.</summary>
public sealed record ProcedureQuestions(string Code, int Total, IReadOnlyList<QuestionSummary> Items);
