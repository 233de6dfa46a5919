using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Tests.Procedures.Import;

/// <summary>Procedure records for tests, each call making fresh data.</summary>
internal static class ProcedureSamples
{
    public static ProcedureRecord Record(int n, string? code = null) => new()
    {
        Code = code ?? $"1.{n:000000}.000.00.00.H29",
        Name = $"Cấp giấy phép lái xe hạng A{n % 3} lần {n}",
        Field = n % 2 == 0 ? "Đường bộ" : "Đất đai",
        Level = n % 3 == 0 ? ProcedureLevel.Xa : ProcedureLevel.Tinh,
        ImplementingAgency = "Sở Xây dựng tỉnh Quảng Trị",
        DecidingAgency = "Ủy ban nhân dân tỉnh",
        Subjects = "Công dân Việt Nam, người nước ngoài",
        ProcessingTime = "05 ngày làm việc",
        Fee = "Không",
        Charge = "135.000 đồng/lần",
        OnlineLevel = n % 2 == 0 ? OnlineServiceLevel.ToanTrinh : OnlineServiceLevel.MotPhan,
        LegalBases = "Luật Trật tự, an toàn giao thông đường bộ 2024;\nThông tư 35/2024/TT-BGTVT",
        Status = ProcedureStatus.InForce,
        Steps = "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
        Dossier = "Đơn đề nghị (bản chính: 01)",
        Requirements = "Không",
        Results = "Giấy phép lái xe",
        PortalUrl = $"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={n}",
    };
}
