using System.Text;
using ParPortal.Features.Settings;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Mail;

/// <summary>The Vietnamese text of the mails to citizens (plain text: every mail program shows it the same).</summary>
public static class FeedbackMailText
{
    public static (string Subject, string Body) Compose(
        FeedbackMailKind kind, FeedbackVersion v, FeedbackContact contact, SiteSettings site, DateOnly dueOn, string? baseUrl)
    {
        var code = v.TrackingCode ?? string.Empty;
        var track = Link(baseUrl, FeedbackUrls.Track(code));
        var sb = new StringBuilder();
        sb.Append("Kính gửi Ông/Bà ").Append(contact.Name).Append(",\n\n");
        string subject;
        switch (kind)
        {
            case FeedbackMailKind.Received:
                subject = $"Đã nhận câu hỏi của Ông/Bà – mã tra cứu {code}";
                sb.Append(site.AgencyName).Append(" đã nhận câu hỏi của Ông/Bà ngày ").Append(VietnameseDate.Short(v.ReceivedOn)).Append(":\n\n")
                  .Append(v.Question).Append("\n\n")
                  .Append("Mã tra cứu: ").Append(code).Append('\n')
                  .Append("Hạn trả lời: ").Append(VietnameseDate.Short(dueOn)).Append('\n');
                break;
            case FeedbackMailKind.Answered:
                subject = $"Câu hỏi {code} đã được trả lời";
                sb.Append("Câu hỏi của Ông/Bà đã được ").Append(v.Unit?.Name ?? site.AgencyName).Append(" trả lời:\n\n")
                  .Append(v.Answer).Append('\n');
                var page = Link(baseUrl, FeedbackUrls.Item(v.Item.Slug));
                if (page is not null)
                {
                    sb.Append("\nXem câu hỏi và câu trả lời đã công khai (không kèm thông tin cá nhân): ").Append(page).Append('\n');
                }

                break;
            default:
                subject = $"Câu hỏi {code} đã được khép lại";
                sb.Append("Câu hỏi của Ông/Bà đã được khép lại, không công khai, với lý do:\n\n").Append(v.ClosedReason).Append('\n');
                break;
        }

        if (track is not null)
        {
            sb.Append("\nTra cứu tình trạng: ").Append(track).Append('\n');
        }

        sb.Append("\nTrân trọng,\n").Append(site.SiteName).Append(" – ").Append(site.AgencyName).Append('\n')
          .Append("(Thư gửi tự động, xin đừng trả lời thư này.)\n");
        return (subject, sb.ToString());
    }

    private static string? Link(string? baseUrl, string path) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/') + path;
}
