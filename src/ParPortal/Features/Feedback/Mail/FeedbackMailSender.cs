using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using ParPortal.Data;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Settings;

namespace ParPortal.Features.Feedback.Mail;

/// <summary>
/// Sends the queued mails with MailKit, one connection per mail. Failures are logged with the question's id only,
/// never the address, and the mail is dropped: the citizen can still check the status with the tracking code.
/// </summary>
internal sealed class FeedbackMailSender(
    FeedbackMailQueue queue, IServiceScopeFactory scopes, IOptions<FeedbackMailOptions> options, ILogger<FeedbackMailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(mail, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The exception's message may quote the server's reply, which can name the address: only its kind is logged.
                var status = e is SmtpCommandException command ? $" ({(int)command.StatusCode})" : string.Empty;
                logger.LogWarning("Could not send the {Kind} mail of question {Id}: {Error}{Status}", mail.Kind, mail.ItemId, e.GetType().Name, status);
            }
        }
    }

    private async Task SendAsync(FeedbackMail mail, CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
        var contact = await db.Set<FeedbackContact>().AsNoTracking().SingleOrDefaultAsync(c => c.ContentItemId == mail.ItemId, ct);
        var version = await db.Set<FeedbackVersion>().AsNoTracking().Include(v => v.Item).Include(v => v.Unit)
            .SingleOrDefaultAsync(v => v.ContentItemId == mail.ItemId && v.IsLatest, ct);
        if (contact?.Email is null || version is null)
        {
            return;
        }

        var settings = await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? new SiteSettings();
        var deadlines = scope.ServiceProvider.GetRequiredService<FeedbackDeadlines>();
        var (subject, body) = FeedbackMailText.Compose(mail.Kind, version, contact, settings, deadlines.DueOn(version.ReceivedOn), o.PublicBaseUrl);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.SiteName, o.From!));
        message.To.Add(new MailboxAddress(contact.Name, contact.Email));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        await client.ConnectAsync(o.Host!, o.Port, Enum.TryParse<SecureSocketOptions>(o.Security, ignoreCase: true, out var security) ? security : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
