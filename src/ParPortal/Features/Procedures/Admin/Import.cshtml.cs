using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using ParPortal.Content;
using ParPortal.Features.Procedures.Import;
using ParPortal.Features.Users;

// Not "Admin.Procedures": that name would shadow Features.Procedures inside the other admin pages.
namespace ParPortal.Features.Procedures.Admin;

/// <summary>
/// Uploads a procedure list, shows what it would change, and commits it on confirmation. The upload is kept on the
/// server under a random id; confirming re-plans from that file and commits only if the plan is still the one shown.
/// </summary>
[Authorize(Policy = Permissions.ImportProcedures)]
// Room for a multipart envelope around a file at the limit; the limit itself is checked in the handler so that the
// editor gets a Vietnamese message instead of a bare 413.
[RequestFormLimits(MultipartBodyLengthLimit = 2 * 10L * 1024 * 1024)]
[RequestSizeLimit(2 * 10L * 1024 * 1024)]
public sealed class ImportModel(ProcedureImportService imports, ProcedureImportUploadService uploads, ILogger<ImportModel> logger) : PageModel
{
    /// <summary>Rows shown per preview table; the counts are always complete.</summary>
    public const int ShownRows = 200;

    public ProcedureImportPlan? Plan { get; private set; }

    public Guid? UploadId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public bool MarkMissing { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, bool markMissing, CancellationToken ct)
    {
        MarkMissing = markMissing;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Hãy chọn tệp danh sách thủ tục (.xlsx).");
            return Page();
        }

        if (file.Length > imports.MaxFileBytes)
        {
            ModelState.AddModelError("file", $"Tệp quá lớn: dung lượng tối đa là {imports.MaxFileBytes / 1024 / 1024} MB.");
            return Page();
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        FileName = CleanName(file.FileName);
        Plan = await imports.PreviewAsync(new MemoryStream(bytes, writable: false), markMissing, ct);
        if (Plan.CanCommit)
        {
            UploadId = await uploads.SaveAsync(bytes, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid uploadId, string? fileName, bool markMissing, string? fingerprint, CancellationToken ct)
    {
        MarkMissing = markMissing;
        FileName = CleanName(fileName);
        var bytes = await uploads.LoadAsync(uploadId, ct);
        if (bytes is null)
        {
            ModelState.AddModelError("file", "Bản xem trước đã hết hạn hoặc không còn; hãy tải tệp lên lại.");
            return Page();
        }

        var plan = await imports.PreviewAsync(new MemoryStream(bytes, writable: false), markMissing, ct);
        if (!plan.CanCommit || !string.Equals(plan.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            // Someone changed procedures since the preview: show the new plan and ask again rather than commit
            // something the editor did not see.
            ModelState.AddModelError("file", "Dữ liệu đã thay đổi kể từ lúc xem trước. Hãy xem lại bản xem trước mới rồi xác nhận lần nữa.");
            Plan = plan;
            UploadId = plan.CanCommit ? uploadId : null;
            return Page();
        }

        ProcedureImportResult result;
        try
        {
            result = await imports.CommitAsync(plan, FileName, User.Identity?.Name ?? "?", ct);
        }
        catch (Exception e) when (e is ContentRuleException or ContentValidationException)
        {
            ModelState.AddModelError("file", "Chưa nhập gì: " + e.Message);
            return Page();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The transaction was rolled back, so nothing is half-saved; the editor needs to know that, not the trace.
            logger.LogError(e, "Procedure import of {File} failed and was rolled back.", FileName);
            ModelState.AddModelError("file", "Nhập không thành công do lỗi hệ thống; không có thay đổi nào được lưu. Hãy thử lại hoặc báo quản trị viên.");
            return Page();
        }

        uploads.Delete(uploadId);
        TempData["Notice"] = $"Đã nhập {FileName}: tạo mới {result.Created}, cập nhật {result.Updated}, bãi bỏ {result.Abolished}, không đổi {result.Unchanged}.";
        return Redirect("/admin/procedures/import");
    }

    private static string CleanName(string? name)
    {
        var clean = Path.GetFileName((name ?? string.Empty).Replace('\\', '/')).Trim();
        clean = new string(clean.Where(c => !char.IsControl(c)).ToArray());
        if (clean.Length == 0)
        {
            clean = "danh-sach-thu-tuc.xlsx";
        }

        return clean.Length > 200 ? clean[..200] : clean;
    }
}
