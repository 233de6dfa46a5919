using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Office;
using ParPortal.Quotas.Import;

namespace ParPortal.Features.Plans.Import;

/// <summary>
/// Reads an uploaded plan file (.docx or plain text) into a pre-filled plan for the office to confirm. Nothing is
/// saved here: the result goes to the plan editor (or back to the API caller), and only the office's "Lưu" creates
/// the plan through the content manager. Every refusal is a validation error on <c>file</c> in Vietnamese: too large,
/// not a Word file or text, a zip bomb, a corrupt package, a file that is not a plan, a table without tasks.
/// </summary>
public sealed class PlanFileImporter(ParPortalDbContext db, IOptions<OfficePackageLimits> options)
{
    private const string Hint = "Hãy lưu kế hoạch dưới dạng Word (.docx) hoặc văn bản thuần (.txt, UTF-8) rồi tải lên lại.";

    /// <summary>The largest file accepted (<c>ParPortal:Office:MaxFileBytes</c>).</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<PlanImportResult> ReadAsync(Stream file, string fileName, string issuingUnit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(issuingUnit) || !await db.Units.AnyAsync(u => u.Code == issuingUnit, ct))
        {
            throw ContentValidationException.Single("issuingUnit", "Hãy chọn đơn vị ban hành kế hoạch trong danh sách đơn vị.");
        }

        var limits = options.Value;
        var bytes = await OfficePackageGuard.ReadCappedAsync(file, limits.MaxFileBytes, ct)
            ?? throw Refused(OfficePackageGuard.TooLarge(limits.MaxFileBytes).Message);
        if (bytes.Length == 0)
        {
            throw Refused("Tệp rỗng. " + Hint);
        }

        // A ".docx" that is no zip is a renamed or broken file: say so, rather than "not a plan" after reading it as text.
        var document = IsZip(bytes) ? ReadDocx(bytes, limits)
            : fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? throw Refused("Tệp không phải là văn bản Word (.docx) hợp lệ. " + Hint)
            : ReadText(bytes, fileName);
        var units = await db.Units.AsNoTracking()
            .Select(u => new ImportUnit(u.Code, u.Name, u.Parent != null ? u.Parent.Code : null))
            .ToListAsync(ct);
        try
        {
            return PlanFileParser.Parse(document, new PlanImportContext(issuingUnit, units));
        }
        catch (PlanImportException e)
        {
            throw Refused(e.Message);
        }
    }

    private static SourceDocument ReadDocx(byte[] bytes, OfficePackageLimits limits)
    {
        var check = OfficePackageGuard.Check(bytes, limits, OfficeDocumentKind.Docx);
        if (!check.IsOk)
        {
            throw Refused(check.Problem switch
            {
                OfficePackageProblem.WrongDocumentKind => "Tệp là bảng tính hoặc văn bản khác, không phải văn bản Word (.docx) của kế hoạch. " + Hint,
                OfficePackageProblem.NotAPackage => "Tệp không phải là văn bản Word (.docx) hợp lệ. " + Hint,
                OfficePackageProblem.Corrupt => "Tệp Word bị hỏng, hệ thống không đọc được. " + Hint,
                _ => check.Message,
            });
        }

        try
        {
            return DocxPlanReader.Read(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            throw Refused("Tệp Word bị hỏng, hệ thống không đọc được. " + Hint);
        }
    }

    private static SourceDocument ReadText(byte[] bytes, string fileName)
    {
        // The old binary .doc (and .xls) format starts with the OLE signature.
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            throw Refused("Tệp ở định dạng Word 97–2003 (.doc) cũ, hệ thống chỉ đọc được .docx. " + Hint);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Refused($"Tệp “{fileName}” không phải văn bản UTF-8. " + Hint);
        }

        if (text.Contains('\0') || text.Length > PlainTextReader.MaxChars)
        {
            throw Refused($"Tệp “{fileName}” không phải văn bản thuần. " + Hint);
        }

        return PlainTextReader.Read(text.TrimStart('\uFEFF'));
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4;

    private static ContentValidationException Refused(string message) => ContentValidationException.Single("file", message);
}
