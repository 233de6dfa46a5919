using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.Feedback.Mail;

public enum FeedbackMailKind
{
    /// <summary>The question arrived; here is its tracking code and due day.</summary>
    Received,

    /// <summary>The answer was approved and published.</summary>
    Answered,

    /// <summary>The question was closed without publication, with the reason.</summary>
    Closed,
}

/// <summary>One mail to send: only the kind and the question, so the queue holds no personal data.</summary>
public sealed record FeedbackMail(FeedbackMailKind Kind, Guid ItemId);

/// <summary>
/// Mails wait here for <see cref="FeedbackMailSender"/>, so no request waits for an SMTP server. Bounded: when the
/// server is down for long, the oldest mails give way (the tracking page still has the status).
/// </summary>
public sealed class FeedbackMailQueue(IOptions<FeedbackMailOptions> options)
{
    private readonly Channel<FeedbackMail> _channel = Channel.CreateBounded<FeedbackMail>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<FeedbackMail> Reader => _channel.Reader;

    /// <summary>Queues a mail when e-mail is configured; otherwise does nothing.</summary>
    public void Enqueue(FeedbackMail mail)
    {
        if (options.Value.IsEnabled)
        {
            _channel.Writer.TryWrite(mail);
        }
    }
}
