using ParPortal.Content;

namespace ParPortal.Features.Feedback;

public sealed partial class FeedbackVersion
{
    /// <summary>Longest question: a long letter fits; more is a document, which belongs in the attachment.</summary>
    public const int MaxQuestionLength = 4000;

    /// <summary>Longest answer: several pages of text citing the legal bases.</summary>
    public const int MaxAnswerLength = 20000;

    public void Validate(FieldErrors errors)
    {
        errors.Required("question", Question, "Nội dung câu hỏi");
        errors.MaxLength("question", Question, MaxQuestionLength, "Nội dung câu hỏi");
        errors.MaxLength("answer", Answer, MaxAnswerLength, "Câu trả lời");
        errors.MaxLength("procedureCode", ProcedureCode, 100, "Mã thủ tục");
        if (ReceivedOn == default)
        {
            errors.Add("receivedOn", "Ngày nhận là bắt buộc.");
        }
        else if (ReceivedOn.Year < 2000)
        {
            errors.Add("receivedOn", "Ngày nhận không hợp lệ.");
        }
    }
}
