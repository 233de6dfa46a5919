using ParPortal.Features.Plans.Reports;

namespace ParPortal.Tests.Plans.Reports;

/// <summary>A report shaped like seed 004's appendix (Sở GTVT Quảng Trị, 2024); each call makes fresh data.</summary>
internal static class PlanReportSamples
{
    public static PlanReport Report(int extraRows = 0)
    {
        var rows = new List<PlanReportRow>
        {
            new()
            {
                Group = "1.1. Tuyên truyền chỉ đạo, điều hành",
                TaskCode = "2.1",
                TaskContent = "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024",
                ResultText = "Đã ban hành đúng hạn",
                Evidence = [new PlanEvidence("Kế hoạch số 15/KH-SGTVT", new DateOnly(2024, 1, 9), "Văn phòng Sở", "https://sgtvt.quangtri.gov.vn/kh-15")],
                LeadUnit = "Văn phòng Sở",
                Timing = "Tháng 01/2024",
                Status = "Đạt",
            },
            new()
            {
                Group = "1.1. Tuyên truyền chỉ đạo, điều hành",
                TaskCode = "2.3",
                TaskContent = "Rà soát, đôn đốc các phòng, ban, đơn vị thực hiện tuyên truyền",
                ResultText = "Đã đăng 1/2 tin, bài",
                Evidence = [new PlanEvidence("Đôn đốc tuyên truyền cải cách hành chính", new DateOnly(2024, 5, 20), "Văn phòng Sở", "https://sgtvt.quangtri.gov.vn/don-doc")],
                LeadUnit = "Văn phòng Sở",
                Timing = "Tháng 5/2024",
                Status = "Chậm tiến độ",
            },
            new()
            {
                Group = "1.2. Thực hiện đa dạng hóa các nội dung tuyên truyền",
                TaskCode = "2.7",
                TaskContent = "Tuyên truyền qua hình thức cổ động trực quan: pa nô, áp phích, khẩu hiệu",
                LeadUnit = "Các phòng, ban, đơn vị",
                Timing = "Thường xuyên",
                Status = "Chưa thực hiện",
            },
        };
        for (var i = 0; i < extraRows; i++)
        {
            rows.Add(new PlanReportRow
            {
                Group = "1.3. Nhiệm vụ bổ sung",
                TaskCode = $"3.{i + 1}",
                TaskContent = $"Nhiệm vụ bổ sung thứ {i + 1} về chuyển đổi số",
                ResultText = "Đang thực hiện",
                LeadUnit = "Phòng Quản lý vận tải",
                Timing = "Quý II/2024",
                Status = "Đúng tiến độ",
            });
        }

        return new PlanReport
        {
            PlanTitle = "Kế hoạch tuyên truyền cải cách hành chính năm 2024",
            PlanNumber = "15/KH-SGTVT",
            Agency = "Sở Giao thông vận tải tỉnh Quảng Trị",
            Place = "Quảng Trị",
            PeriodLabel = "6 tháng đầu năm 2024",
            PeriodStart = new DateOnly(2024, 1, 1),
            PeriodEnd = new DateOnly(2024, 6, 30),
            ReportDate = new DateOnly(2024, 6, 12),
            Summary = new PlanReportSummary(Met: 1, OnTrack: extraRows, Behind: 1, Overdue: 0, NotStarted: 1, ItemsCounted: 2),
            Rows = rows,
        };
    }
}
