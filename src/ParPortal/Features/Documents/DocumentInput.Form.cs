using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Features.Content.Admin;
using ParPortal.Features.Content;

namespace ParPortal.Features.Documents;

/// <summary>The admin form's text form of a document's files: one "Tên tệp | đường dẫn" a line.</summary>
public sealed partial class DocumentInput : IFormListFields
{
    public const string FilesField = "Input.FilesText";

    public void ReadLists(IFormCollection form)
    {
        var errors = new FieldErrors();
        Files = [];
        foreach (var (line, text) in FormLists.Lines(form, FilesField))
        {
            var p = FormLists.Parts(text, 2);
            // A bare URL is a file named after its last segment.
            var (name, url) = p[1].Length == 0 && p[0].Contains('/', StringComparison.Ordinal) ? (Path.GetFileName(p[0]), p[0]) : (p[0], p[1]);
            if (name.Length == 0 || url.Length == 0)
            {
                FormLists.LineError(errors, "files", "Tệp đính kèm", line, "cần “tên tệp | đường dẫn”.");
                continue;
            }

            Files.Add(new Attachment(name, url));
        }

        errors.ThrowIfAny();
    }

    public string FilesText() => string.Join('\n', Files.Select(f => FormLists.Row(f.Name, f.Url)));
}
