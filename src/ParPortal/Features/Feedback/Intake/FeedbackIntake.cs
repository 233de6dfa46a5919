using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Mail;

namespace ParPortal.Features.Feedback.Intake;

/// <summary>What the public form sends (the challenge already passed; its one-time key is <see cref="SubmissionKey"/>).</summary>
public sealed record FeedbackSubmission(
    string? Name, string? Phone, string? Email, string? Question, string? ProcedureCode, string? UnitCode, string? TopicSlug, string SubmissionKey);

/// <summary>An attachment as posted.</summary>
public sealed record PostedFile(Stream Content, string FileName, string? ContentType);

/// <summary>The receipt: the question's id, its tracking code and due day; <see cref="Repeated"/> when the same form came twice.</summary>
public sealed record FeedbackReceipt(Guid ItemId, string TrackingCode, DateOnly DueOn, bool Repeated);

/// <summary>
/// Receives a question from the public form: checks every field (errors name the field, in Vietnamese), stores the
/// attachment privately, and creates the question through the content manager together with the contact row in one
/// transaction, so there is never a question without its contact or the reverse. The receipt e-mail is queued after
/// the commit.
/// </summary>
public sealed partial class FeedbackIntake(
    ParPortalDbContext db, ContentManager content, FeedbackDeadlines deadlines, FeedbackAttachments attachments, FeedbackMailQueue mail)
{
    /// <summary>The name recorded as the author of a question from the public form.</summary>
    public const string PublicActor = "công dân";

    public async Task<FeedbackReceipt> SubmitAsync(FeedbackSubmission s, PostedFile? file, CancellationToken ct)
    {
        if (await ReceiptOfAsync(s.SubmissionKey, ct) is { } earlier)
        {
            return earlier;
        }

        var (version, contact) = await ReadAsync(s, ct);
        StoredAttachment? stored = file is null ? null : await attachments.StoreAsync(file.Content, file.FileName, file.ContentType, ct);
        if (stored is not null)
        {
            (contact.AttachmentId, contact.AttachmentName, contact.AttachmentContentType, contact.AttachmentPath, contact.AttachmentBytes) =
                (stored.Id, stored.Name, stored.ContentType, stored.RelativePath, stored.Bytes);
        }

        version.SetTrackingCode(await NewTrackingCodeAsync(ct));
        try
        {
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var item = await content.CreateAsync(version, null, PublicActor, ct: ct);
                contact.ContentItemId = item.Id;
                db.Set<FeedbackContact>().Add(contact);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
        }
        catch (Exception e)
        {
            DeleteAttachment(stored);
            db.ChangeTracker.Clear();
            // The same form posted twice at once: the other request's question stands (the unique submission key
            // refused this one).
            if (e is DbUpdateException && await ReceiptOfAsync(s.SubmissionKey, CancellationToken.None) is { } raced)
            {
                return raced;
            }

            throw;
        }

        if (contact.Email is not null)
        {
            mail.Enqueue(new FeedbackMail(FeedbackMailKind.Received, version.ContentItemId));
        }

        return new FeedbackReceipt(version.ContentItemId, version.TrackingCode!, deadlines.DueOn(version.ReceivedOn), false);
    }

    private async Task<(FeedbackVersion, FeedbackContact)> ReadAsync(FeedbackSubmission s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = ContentInputMapper.Nfc(s.Name);
        var phone = ContentInputMapper.Nfc(s.Phone);
        var email = ContentInputMapper.Nfc(s.Email);
        var question = FeedbackText.Clean(s.Question);
        errors.Required("name", name, "Họ và tên");
        errors.MaxLength("name", name, 200, "Họ và tên");
        if (string.IsNullOrEmpty(phone) && string.IsNullOrEmpty(email))
        {
            errors.Add("phone", "Hãy cho biết số điện thoại hoặc thư điện tử để cơ quan liên hệ khi cần.");
        }

        if (!string.IsNullOrEmpty(phone) && !PhonePattern().IsMatch(phone))
        {
            errors.Add("phone", "Số điện thoại không hợp lệ: chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.");
        }

        if (!string.IsNullOrEmpty(email) && (email.Length > 254 || !EmailPattern().IsMatch(email)))
        {
            errors.Add("email", "Địa chỉ thư điện tử không hợp lệ.");
        }

        errors.Required("question", question, "Nội dung câu hỏi");
        errors.MaxLength("question", question, FeedbackVersion.MaxQuestionLength, "Nội dung câu hỏi");

        var procedureCode = ContentInputMapper.Nfc(s.ProcedureCode);
        if (!string.IsNullOrEmpty(procedureCode)
            && !await db.Procedures.AnyAsync(p => p.IsPublished && p.Code == procedureCode, ct))
        {
            errors.Add("procedureCode", "Không có thủ tục hành chính đã công bố với mã này.");
        }

        var unit = string.IsNullOrWhiteSpace(s.UnitCode) ? null : await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == s.UnitCode, ct);
        if (!string.IsNullOrWhiteSpace(s.UnitCode) && unit is null)
        {
            errors.Add("unitCode", "Không có đơn vị này.");
        }

        var topic = string.IsNullOrWhiteSpace(s.TopicSlug) ? null : await db.Topics.SingleOrDefaultAsync(t => t.Slug == s.TopicSlug && t.MergedIntoId == null, ct);
        if (!string.IsNullOrWhiteSpace(s.TopicSlug) && topic is null)
        {
            errors.Add("topicSlug", "Không có lĩnh vực, chủ đề này.");
        }

        errors.ThrowIfAny();
        var version = new FeedbackVersion
        {
            Title = FeedbackText.TitleOf(question!),
            Question = question!,
            ProcedureCode = string.IsNullOrEmpty(procedureCode) ? null : procedureCode,
            ReceivedOn = deadlines.Today,
            Topics = topic is null ? [] : [topic],
        };
        var contact = new FeedbackContact
        {
            Name = name!,
            Phone = string.IsNullOrEmpty(phone) ? null : phone,
            Email = string.IsNullOrEmpty(email) ? null : email,
            ConcernedUnitId = unit?.Id,
            SubmissionKey = s.SubmissionKey,
        };
        return (version, contact);
    }

    private async Task<FeedbackReceipt?> ReceiptOfAsync(string key, CancellationToken ct)
    {
        var earlier = await db.Set<FeedbackContact>().AsNoTracking().Where(c => c.SubmissionKey == key)
            .Join(db.Set<FeedbackVersion>().Where(v => v.IsLatest), c => c.ContentItemId, v => v.ContentItemId, (c, v) => new { v.ContentItemId, v.TrackingCode, v.ReceivedOn })
            .FirstOrDefaultAsync(ct);
        return earlier is null ? null : new FeedbackReceipt(earlier.ContentItemId, earlier.TrackingCode ?? string.Empty, deadlines.DueOn(earlier.ReceivedOn), true);
    }

    private async Task<string> NewTrackingCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = TrackingCodes.New();
            if (!await db.Set<FeedbackVersion>().AnyAsync(v => v.TrackingCode == code, ct))
            {
                return code;
            }
        }
    }

    private void DeleteAttachment(StoredAttachment? stored)
    {
        if (stored is not null)
        {
            attachments.Delete(stored.Id);
        }
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{7,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailPattern();
}
