using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Features.Content.Admin;

namespace ParPortal.Features.Procedures;

/// <summary>
/// The admin form's text form of a procedure's lists, one entry a line:
/// channels "Kênh | thời hạn giải quyết | phí, lệ phí", steps (one a line),
/// dossier "Tên thành phần | số bản chính | số bản sao | mẫu đơn", legal bases "Số hiệu | trích yếu | ngày | cơ quan ban hành".
/// </summary>
public sealed partial class ProcedureInput : IFormListFields
{
    public const string ChannelsField = "Input.ChannelsText";
    public const string StepsField = "Input.StepsText";
    public const string DossierField = "Input.DossierText";
    public const string LegalBasesField = "Input.LegalBasesText";

    public void ReadLists(IFormCollection form)
    {
        var errors = new FieldErrors();
        Channels = [];
        foreach (var (line, text) in FormLists.Lines(form, ChannelsField))
        {
            var p = FormLists.Parts(text, 3);
            if (ProcedureLabels.ChannelOf(p[0]) is not { } channel)
            {
                FormLists.LineError(errors, "channels", "Cách thức thực hiện", line,
                    $"kênh “{p[0]}” không hợp lệ; dùng Trực tiếp, Trực tuyến hoặc Bưu chính công ích, rồi “| thời hạn | phí, lệ phí”.");
                continue;
            }

            Channels.Add(new ProcedureChannel(channel, Empty(p[1]), Empty(p[2])));
        }

        Steps = FormLists.Lines(form, StepsField).Select(l => l.Text).ToList();

        Dossier = [];
        foreach (var (line, text) in FormLists.Lines(form, DossierField))
        {
            var p = FormLists.Parts(text, 4);
            var originals = 0;
            var copies = 0;
            if (p[0].Length == 0)
            {
                FormLists.LineError(errors, "dossier", "Thành phần hồ sơ", line, "thiếu tên thành phần hồ sơ.");
                continue;
            }

            if ((p[1].Length > 0 && !FormLists.TryInt(p[1], out originals)) || (p[2].Length > 0 && !FormLists.TryInt(p[2], out copies)))
            {
                FormLists.LineError(errors, "dossier", "Thành phần hồ sơ", line, "số bản chính và số bản sao phải là số nguyên.");
                continue;
            }

            Dossier.Add(new DossierComponent(p[0], originals, copies, Empty(p[3])));
        }

        LegalBases = [];
        foreach (var (line, text) in FormLists.Lines(form, LegalBasesField))
        {
            var p = FormLists.Parts(text, 4);
            DateOnly? date = null;
            if (p[0].Length == 0)
            {
                FormLists.LineError(errors, "legalBases", "Căn cứ pháp lý", line, "thiếu số hiệu văn bản.");
                continue;
            }

            if (p[2].Length > 0)
            {
                if (!FormLists.TryDate(p[2], out var d))
                {
                    FormLists.LineError(errors, "legalBases", "Căn cứ pháp lý", line, $"ngày “{p[2]}” không đúng dạng dd/MM/yyyy.");
                    continue;
                }

                date = d;
            }

            LegalBases.Add(new LegalBasis(p[0], Empty(p[1]), date, Empty(p[3])));
        }

        errors.ThrowIfAny();
    }

    public string ChannelsText() => string.Join('\n', Channels.Select(c => FormLists.Row(ProcedureLabels.Channel(c.Channel), c.ProcessingTime, c.Fee)));

    public string StepsText() => string.Join('\n', Steps);

    public string DossierText() => string.Join('\n', Dossier.Select(d => FormLists.Row(d.Name, d.Originals, d.Copies, d.FormTemplate)));

    public string LegalBasesText() => string.Join('\n', LegalBases.Select(b => FormLists.Row(b.Number, b.Title, b.Date, b.Issuer)));

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
