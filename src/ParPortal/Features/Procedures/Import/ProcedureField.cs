using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// One typed field of <see cref="ProcedureRecord"/>: its property name, its canonical Vietnamese header, and how to
/// read it as display text. The planner diffs through this list and the writer lays out columns from it, so that
/// adding a field is one line here.
/// </summary>
public sealed record ProcedureField(string Property, string Header, Func<ProcedureRecord, string> Get);

/// <summary>The typed fields of a procedure, in export column order.</summary>
public static class ProcedureFields
{
    public static readonly ProcedureField Code = new(nameof(ProcedureRecord.Code), "Mã thủ tục", r => r.Code);
    public static readonly ProcedureField Name = new(nameof(ProcedureRecord.Name), "Tên thủ tục", r => r.Name);
    public static readonly ProcedureField Field = new(nameof(ProcedureRecord.Field), "Lĩnh vực", r => r.Field);
    public static readonly ProcedureField Level = new(nameof(ProcedureRecord.Level), "Cấp thực hiện", r => ProcedureValueText.Level(r.Level));
    public static readonly ProcedureField ImplementingAgency = new(nameof(ProcedureRecord.ImplementingAgency), "Cơ quan thực hiện", r => r.ImplementingAgency);
    public static readonly ProcedureField DecidingAgency = new(nameof(ProcedureRecord.DecidingAgency), "Cơ quan có thẩm quyền quyết định", r => r.DecidingAgency);
    public static readonly ProcedureField Subjects = new(nameof(ProcedureRecord.Subjects), "Đối tượng thực hiện", r => r.Subjects);
    public static readonly ProcedureField ProcessingTime = new(nameof(ProcedureRecord.ProcessingTime), "Thời hạn giải quyết", r => r.ProcessingTime);
    public static readonly ProcedureField Fee = new(nameof(ProcedureRecord.Fee), "Phí", r => r.Fee);
    public static readonly ProcedureField Charge = new(nameof(ProcedureRecord.Charge), "Lệ phí", r => r.Charge);
    public static readonly ProcedureField OnlineLevel = new(nameof(ProcedureRecord.OnlineLevel), "Mức độ dịch vụ công trực tuyến", ProcedureValueText.OnlineLevelCell);
    public static readonly ProcedureField LegalBases = new(nameof(ProcedureRecord.LegalBases), "Căn cứ pháp lý", r => r.LegalBases);
    public static readonly ProcedureField Status = new(nameof(ProcedureRecord.Status), "Tình trạng hiệu lực", r => ProcedureValueText.Status(r.Status));
    public static readonly ProcedureField Steps = new(nameof(ProcedureRecord.Steps), "Trình tự thực hiện", r => r.Steps);
    public static readonly ProcedureField Dossier = new(nameof(ProcedureRecord.Dossier), "Thành phần hồ sơ", r => r.Dossier);
    public static readonly ProcedureField Requirements = new(nameof(ProcedureRecord.Requirements), "Yêu cầu, điều kiện", r => r.Requirements);
    public static readonly ProcedureField Results = new(nameof(ProcedureRecord.Results), "Kết quả thực hiện", r => r.Results);
    public static readonly ProcedureField PortalUrl = new(nameof(ProcedureRecord.PortalUrl), "Đường dẫn DVCQG", r => r.PortalUrl);

    /// <summary>All fields in export order.</summary>
    public static readonly IReadOnlyList<ProcedureField> All =
    [
        Code, Name, Field, Level, ImplementingAgency, DecidingAgency, Subjects, ProcessingTime, Fee, Charge,
        OnlineLevel, LegalBases, Status, Steps, Dossier, Requirements, Results, PortalUrl,
    ];

    /// <summary>Columns an import file must have.</summary>
    public static readonly IReadOnlyList<ProcedureField> Required = [Code, Name, Field, Level];
}
