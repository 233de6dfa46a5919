using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Features.Content.Admin;

namespace ParPortal.Features.IndexResults;

/// <summary>
/// The admin form's text fields of an index result: the score and change (typed with a comma or a dot), and the
/// components, one "Tên | điểm | điểm tối đa | thứ hạng" a line.
/// </summary>
public sealed partial class IndexResultInput : IFormListFields
{
    public const string ScoreField = "Input.ScoreText";
    public const string ChangeField = "Input.ChangeText";
    public const string ComponentsField = "Input.ComponentsText";

    public void ReadLists(IFormCollection form)
    {
        var errors = new FieldErrors();
        var score = form[ScoreField].ToString();
        if (string.IsNullOrWhiteSpace(score))
        {
            errors.Add("score", "Điểm là bắt buộc.");
        }
        else if (FormLists.TryDecimal(score, out var s))
        {
            Score = s;
        }
        else
        {
            errors.Add("score", "Điểm phải là một số (ví dụ 8,5 hoặc 8.5).");
        }

        Change = FormLists.OptionalDecimal(form, ChangeField, errors, "change", "Thay đổi so với năm trước");
        Components = [];
        foreach (var (line, text) in FormLists.Lines(form, ComponentsField))
        {
            var p = FormLists.Parts(text, 4);
            decimal? max = null;
            int? rank = null;
            if (p[0].Length == 0 || !FormLists.TryDecimal(p[1], out var componentScore))
            {
                FormLists.LineError(errors, "components", "Chỉ số thành phần", line, "cần “tên | điểm | điểm tối đa | thứ hạng” với điểm là một số.");
                continue;
            }

            if (p[2].Length > 0)
            {
                if (!FormLists.TryDecimal(p[2], out var m))
                {
                    FormLists.LineError(errors, "components", "Chỉ số thành phần", line, $"điểm tối đa “{p[2]}” không phải là số.");
                    continue;
                }

                max = m;
            }

            if (p[3].Length > 0)
            {
                if (!FormLists.TryInt(p[3], out var r))
                {
                    FormLists.LineError(errors, "components", "Chỉ số thành phần", line, $"thứ hạng “{p[3]}” không phải là số nguyên.");
                    continue;
                }

                rank = r;
            }

            Components.Add(new IndexComponent(p[0], componentScore, max, rank));
        }

        errors.ThrowIfAny();
    }

    public string ComponentsText() => string.Join('\n', Components.Select(c => FormLists.Row(c.Name, c.Score, c.Max, c.Rank)));
}
