using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Feedback;

internal sealed class FeedbackVersionConfiguration : IEntityTypeConfiguration<FeedbackVersion>
{
    public void Configure(EntityTypeBuilder<FeedbackVersion> b)
    {
        b.IsContentType(ContentTypes.Feedback);
        b.Property(x => x.Question).HasMaxLength(FeedbackVersion.MaxQuestionLength);
        b.Property(x => x.Answer).HasMaxLength(FeedbackVersion.MaxAnswerLength);
        b.Property(x => x.ProcedureCode).HasMaxLength(100);
        // The workflow's read-only record, mapped through its backing fields (see FeedbackVersion).
        b.Property(x => x.TrackingCode).HasField("_trackingCode").HasMaxLength(20);
        b.Property(x => x.AnsweredBy).HasField("_answeredBy").HasMaxLength(256);
        b.Property(x => x.AnsweredUtc).HasField("_answeredUtc");
        b.Property(x => x.ClosedReason).HasField("_closedReason").HasMaxLength(1000);
        b.Property(x => x.ClosedUtc).HasField("_closedUtc");
        // The tracking page and the procedure page's Q&As look versions up by these.
        b.HasIndex(x => x.TrackingCode);
        b.HasIndex(x => x.ProcedureCode);
    }
}
