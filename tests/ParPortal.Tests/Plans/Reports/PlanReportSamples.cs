using ParPortal.Features.Plans.Reports;

namespace ParPortal.Tests.Plans.Reports;

/// <summary>A report shaped like seed 004's (Sở GTVT Quảng Trị, 2024); each call makes fresh data.</summary>
internal static class PlanReportSamples
{
    public static PlanReport Report(int extraRows = 0, int evidencePerRow = 1)
    {
        var rows = new List<PlanReportRow>
        {
            new()
            {
                Group = "1.1. Xây dựng, ban hành và tổ chức thực hiện Kế hoạch",
                TaskCode = "2.1",
                TaskContent = "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024",
                Results = ["Ban hành Kế hoạch trong tháng 01/2024: đã có 01/01 kế hoạch – Đạt."],
                Evidence = [new PlanEvidence("Kế hoạch thực hiện công tác tuyên truyền cải cách hành chính năm 2024", new DateOnly(2024, 1, 23), "Văn phòng Sở")],
                LeadUnit = "Văn phòng Sở",
                CoordinatingUnits = "Các phòng, ban, đơn vị",
                Timing = "Tháng 01/2024",
                Budget = "Kinh phí thường xuyên",
                Status = "Đạt",
            },
            new()
            {
                Group = "1.1. Xây dựng, ban hành và tổ chức thực hiện Kế hoạch",
                TaskContent = "Báo cáo cấp Sở",
                Results = ["Báo cáo 6 tháng cấp Sở: đã có 00/01 báo cáo – Không đạt."],
                LeadUnit = "Văn phòng Sở",
                Timing = "Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu)",
                Status = "Không đạt",
            },
            new()
            {
                Group = "1.3. Thực hiện đầy đủ các nội dung tuyên truyền",
                TaskCode = "2.11",
                TaskContent = "Vai trò, trách nhiệm của các cấp ủy đảng, của người đứng đầu cơ quan",
                Results = ["6 tháng đầu năm ít nhất có 02 tin, bài: đã có 03/02 tin, bài – Đạt."],
                Evidence = [.. Enumerable.Range(1, evidencePerRow).Select(i => new PlanEvidence($"Lãnh đạo Sở chỉ đạo cải cách hành chính, bài {i}", new DateOnly(2024, 3, 1).AddDays(i % 120), "Văn phòng Sở"))],
                LeadUnit = "Văn phòng Sở",
                CoordinatingUnits = "Các phòng, ban, đơn vị (cung cấp thông tin)",
                Timing = "Thường xuyên trong đó 6 tháng đầu năm ít nhất có 02 tin, bài",
                Budget = "Theo quy định",
                Status = "Đạt",
            },
        };
        for (var i = 0; i < extraRows; i++)
        {
            rows.Add(new PlanReportRow
            {
                Group = "1.4. Nhiệm vụ bổ sung",
                TaskCode = $"3.{i + 1}",
                TaskContent = $"Nhiệm vụ bổ sung thứ {i + 1} về chuyển đổi số",
                Results = ["Cả năm: ít nhất 01 tin, bài – Đúng tiến độ."],
                Evidence = [.. Enumerable.Range(1, evidencePerRow).Select(e => new PlanEvidence($"Tin chuyển đổi số {i + 1}.{e}", new DateOnly(2024, 4, 1).AddDays(e % 90), "Phòng Quản lý vận tải"))],
                LeadUnit = "Phòng Quản lý vận tải",
                Timing = "Quý II/2024",
                Status = "Đúng tiến độ",
            });
        }

        return new PlanReport
        {
            Superior = "UBND TỈNH QUẢNG TRỊ",
            Agency = "Sở Giao thông vận tải tỉnh Quảng Trị",
            Number = "25/BC-SGTVT",
            Place = "Quảng Trị",
            ReportDate = new DateOnly(2024, 7, 5),
            Subject = "Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2024, kỳ 6 tháng đầu năm 2024",
            PlanTitle = "Kế hoạch tuyên truyền cải cách hành chính năm 2024",
            PeriodLabel = "6 tháng đầu năm 2024",
            PeriodStart = new DateOnly(2024, 1, 1),
            PeriodEnd = new DateOnly(2024, 6, 30),
            AsOf = new DateOnly(2024, 6, 30),
            Summary = new PlanReportSummary(Met: 2, OnTrack: extraRows, Behind: 0, Missed: 1, Overdue: 0, NotStarted: 0, Regular: 0, ItemsCounted: 2 + evidencePerRow),
            Achievements = ["Sở đã ban hành kế hoạch đúng hạn và đăng tải đều đặn tin, bài trên Cổng thông tin điện tử."],
            Shortcomings = ["Một số phòng chưa gửi báo cáo đúng hạn do thiếu cán bộ chuyên trách."],
            Shortfalls = ["“Báo cáo cấp Sở”: không đạt – còn thiếu 01 báo cáo (hạn 30/6/2024)."],
            NextSteps = ["Tiếp tục đôn đốc các phòng, ban, đơn vị gửi báo cáo năm trước ngày 20/11/2024."],
            Upcoming = ["30/9/2024: Nhiệm vụ 2.9: cần thêm 01 tin, bài trước 30/9/2024"],
            Rows = rows,
            Units =
            [
                new PlanReportUnitRow("Văn phòng Sở", 4, "2.4: 1/1; 2.5: 1/1", "Đạt"),
                new PlanReportUnitRow("Thanh tra Sở", 0, "2.4: 0/1; 2.5: 0/1", "Không đạt"),
            ],
            Recipients = ["UBND tỉnh (b/c);", "Sở Nội vụ (b/c);", "Lưu: VT, VP."],
            SignerTitle = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            SignerName = "Trần Hữu Hùng",
        };
    }
}
