using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Office;
using ParPortal.Features.Content;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Imports an agency's procedure list (.xlsx) into content and exports it back. <see cref="PreviewAsync"/> changes
/// nothing; <see cref="CommitAsync"/> writes every change of a preview in one transaction or none of them.
/// </summary>
public sealed partial class ProcedureImportService(ParPortalDbContext db, ContentManager content, IOptions<OfficePackageLimits> office,
    IOptions<ProcedureImportOptions>? options = null)
{
    private readonly ProcedureSpreadsheetReader reader = new(office.Value, options?.Value);

    /// <summary>The largest file accepted, as the reader enforces it.</summary>
    public long MaxFileBytes => office.Value.MaxFileBytes;

    /// <summary>Reads and plans an import against the latest stored versions; writes nothing.</summary>
    public async Task<ProcedureImportPlan> PreviewAsync(Stream xlsx, bool markMissingAsAbolished, CancellationToken ct = default)
    {
        var read = await reader.ReadAsync(xlsx, ct);
        if (!read.Succeeded)
        {
            return new ProcedureImportPlan(read.FileErrors, ProcedureImportPlanner.Preview([], [], false), string.Empty);
        }

        var existing = (await db.Procedures.AsNoTracking().Where(v => v.IsLatest).ToListAsync(ct)).Select(ToRecord).ToList();

        // Rows are checked with the same rules a save applies, so that the commit does not fail on a value the
        // preview accepted.
        var records = new List<ProcedureRecord>();
        var errors = new List<ImportError>();
        var skippedCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in read.Rows)
        {
            errors.AddRange(row.Errors);
            if (!row.IsValid)
            {
                if (row.Record is { Code.Length: > 0 } bad)
                {
                    skippedCodes.Add(bad.Code);
                }

                continue;
            }

            var record = Canonical(row.Record!);
            var problems = Validate(record);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new ImportError(ImportErrorKind.InvalidValue, p, row.RowNumber)));
                skippedCodes.Add(record.Code);
                continue;
            }

            records.Add(record);
        }

        // A row skipped for its errors must not read as "missing from the file" and be abolished.
        var comparable = existing.Where(e => !skippedCodes.Contains(e.Code)).ToList();
        var preview = ProcedureImportPlanner.Preview(records, comparable, markMissingAsAbolished);
        preview = preview with { Errors = [.. errors, .. preview.Errors] };
        var fileErrors = preview.Errors.Where(e => e.Kind == ImportErrorKind.DuplicateCode).Take(1)
            .Select(_ => new ImportError(ImportErrorKind.DuplicateCode,
                "Tệp có mã thủ tục bị lặp; hãy sửa các dòng lặp (xem danh sách lỗi) rồi tải lên lại."))
            .ToList();
        return new ProcedureImportPlan(fileErrors, preview, Fingerprint(preview));
    }

    /// <summary>
    /// Writes a preview through the content manager's batch: each created or changed procedure gets a new published
    /// version whose change note names the file and the changed fields, with its raw row kept. All or nothing: any
    /// failure rolls everything back.
    /// </summary>
    public async Task<ProcedureImportResult> CommitAsync(ProcedureImportPlan plan, string fileName, string actor, CancellationToken ct = default)
    {
        if (!plan.CanCommit)
        {
            throw new ContentRuleException("Bản xem trước có lỗi hoặc không có thay đổi nào để nhập.", "file");
        }

        var preview = plan.Preview;
        var source = $"Nhập từ tệp {Path.GetFileName(fileName)}";
        // Read untracked (one instance per topic, unit and item): the batch attaches only the versions it changes, so
        // the tracker never holds, snapshots and scans the whole catalogue.
        var current = await db.Procedures.AsNoTrackingWithIdentityResolution().Include(v => v.Item).Include(v => v.Topics).Include(v => v.Unit).AsSplitQuery()
            .Where(v => v.IsLatest || v.IsPublished).ToListAsync(ct);
        var latestByCode = new Dictionary<string, ProcedureVersion>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in current.Where(v => v.IsLatest))
        {
            latestByCode.TryAdd(v.Code, v);
        }

        var publishedByItem = current.Where(v => v.IsPublished).ToDictionary(v => v.ContentItemId);
        var batch = new List<BatchPublication>(plan.ChangeCount);
        foreach (var record in preview.ToCreate)
        {
            var version = new ProcedureVersion();
            Apply(record, version);
            var slugSource = Slug.From(record.Name).Length > 0 ? record.Name : record.Code;
            batch.Add(new NewPublication(version, slugSource, $"{source}: tạo mới"));
        }

        foreach (var update in preview.ToUpdate)
        {
            var note = $"{source}: sửa {string.Join(", ", update.Changes.Select(c => c.Header))}";
            batch.Add(Revision(latestByCode, publishedByItem, update.Existing.Code, update.Incoming, update.Changes, null, note));
        }

        foreach (var abolition in preview.ToAbolish)
        {
            var note = abolition.Reason == AbolishReason.MissingFromFile
                ? $"{source}: bãi bỏ (không còn trong danh sách)"
                : $"{source}: bãi bỏ; sửa {string.Join(", ", abolition.Changes.Select(c => c.Header))}";
            batch.Add(Revision(latestByCode, publishedByItem, abolition.Existing.Code, abolition.Incoming, abolition.Changes, ProcedureStatus.Abolished, note));
        }

        try
        {
            await content.PublishBatchAsync(batch, actor, ct);
        }
        catch (ContentRuleException e) when (e.Kind == ContentRuleKind.Conflict)
        {
            throw new ContentRuleException("Danh sách thủ tục vừa được người khác thay đổi; chưa nhập gì. Hãy tải tệp lên lại.", "file", ContentRuleKind.Conflict);
        }

        return new ProcedureImportResult(preview.ToCreate.Count, preview.ToUpdate.Count, preview.ToAbolish.Count, preview.Unchanged.Count);
    }

    /// <summary>Writes every procedure (its latest version) to .xlsx in the import layout, ordered by code.</summary>
    public async Task ExportAsync(Stream output, CancellationToken ct = default)
    {
        var versions = await db.Procedures.AsNoTracking().Where(v => v.IsLatest).ToListAsync(ct);
        var records = versions.Select(ToRecord).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        // The writer is synchronous; buffering keeps Kestrel from refusing synchronous writes to the response.
        using var buffer = new MemoryStream();
        ProcedureSpreadsheetWriter.Write(buffer, records);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static RevisedPublication Revision(Dictionary<string, ProcedureVersion> latestByCode, Dictionary<Guid, ProcedureVersion> publishedByItem,
        string code, ProcedureRecord? incoming, IReadOnlyList<FieldChange> changed, ProcedureStatus? status, string note)
    {
        var latest = Find(latestByCode, code);
        publishedByItem.TryGetValue(latest.ContentItemId, out var published);
        return new RevisedPublication(latest, published, v =>
        {
            var next = (ProcedureVersion)v;
            if (incoming is not null)
            {
                Apply(incoming, next, changed.Select(c => c.Field).ToHashSet(StringComparer.Ordinal));
            }

            if (status is { } s)
            {
                next.Status = s;
            }
        }, note);
    }

    private static ProcedureVersion Find(Dictionary<string, ProcedureVersion> latestByCode, string code) =>
        latestByCode.TryGetValue(code, out var v)
            ? v
            : throw new ContentRuleException($"Thủ tục mã {code} vừa bị xóa; chưa nhập gì. Hãy tải tệp lên lại.", "file", ContentRuleKind.Conflict);

    /// <summary>The save-time rules for a record, as Vietnamese messages (empty when it would save).</summary>
    private static List<string> Validate(ProcedureRecord record)
    {
        var version = new ProcedureVersion();
        Apply(record, version);
        try
        {
            ContentVersionValidation.Validate(version);
            return [];
        }
        catch (ContentValidationException e)
        {
            return e.Errors.SelectMany(kv => kv.Value).ToList();
        }
    }

    /// <summary>
    /// A digest of what a preview would change (codes and old → new values). The confirm step re-plans from the
    /// stored file and commits only when the digest still matches what the editor saw.
    /// </summary>
    private static string Fingerprint(ProcedureImportPreview p)
    {
        var sb = new StringBuilder();
        foreach (var r in p.ToCreate)
        {
            sb.Append("C\u001f").Append(r.Code).Append('\u001e');
        }

        foreach (var u in p.ToUpdate)
        {
            sb.Append("U\u001f").Append(u.Existing.Code);
            foreach (var c in u.Changes)
            {
                sb.Append('\u001f').Append(c.Field).Append('\u001f').Append(c.OldValue).Append('\u001f').Append(c.NewValue);
            }

            sb.Append('\u001e');
        }

        foreach (var a in p.ToAbolish)
        {
            sb.Append("A\u001f").Append(a.Existing.Code).Append('\u001f').Append(a.Reason).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>
/// A planned import: file-level errors (the file is refused as a whole), the preview with row errors, and the digest
/// the confirm step checks.
/// </summary>
public sealed record ProcedureImportPlan(IReadOnlyList<ImportError> FileErrors, ProcedureImportPreview Preview, string Fingerprint)
{
    /// <summary>Rows that would change something.</summary>
    public int ChangeCount => Preview.ToCreate.Count + Preview.ToUpdate.Count + Preview.ToAbolish.Count;

    /// <summary>True when the file was accepted and would change something.</summary>
    public bool CanCommit => FileErrors.Count == 0 && ChangeCount > 0;
}

/// <summary>What a committed import did.</summary>
public sealed record ProcedureImportResult(int Created, int Updated, int Abolished, int Unchanged);
