using ParPortal.Quotas.Import;
using ParPortal.Quotas.Model;
using static ParPortal.Tests.Core.Quotas.QuotaTestData;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>
/// The importer on wordings and layouts the five seeds do not use, so that it is judged as a reader of plans in
/// general: other number forms, quarter notations, deadlines, a differently headed table, a plan without one.
/// </summary>
public class PlanImportPhraseTests
{
    [Theory]
    [InlineData("02 tin, bài", 2)]
    [InlineData("hai (02) tin, bài", 2)]
    [InlineData("2 bài viết", 2)]
    [InlineData("ba bài", 3)]
    [InlineData("một tin", 1)]
    [InlineData("ban, đơn vị", null)]
    [InlineData("15/6/2024", null)]
    public void Number_ReadsFiguresAndWords(string text, int? expected)
    {
        Assert.Equal(expected, QuotaPhrases.Number(text));
    }

    [Theory]
    [InlineData("6 tháng đầu năm", "2024-01-01", "2024-06-30")]
    [InlineData("6 tháng cuối năm", "2024-07-01", "2024-12-31")]
    [InlineData("Quý 2 – Quý 3 năm 2024", "2024-04-01", "2024-09-30")]
    [InlineData("trong quý II-III", "2024-04-01", "2024-09-30")]
    [InlineData("Quý 1/2024", "2024-01-01", "2024-03-31")]
    [InlineData("quý IV", "2024-10-01", "2024-12-31")]
    [InlineData("Tháng 01/2024", "2024-01-01", "2024-01-31")]
    [InlineData("tháng 10 năm 2024", "2024-10-01", "2024-10-31")]
    public void Window_ReadsHalvesQuartersAndMonths(string text, string from, string to)
    {
        Assert.Equal(new DateRange(D(from), D(to)), QuotaPhrases.Window(text)!.Resolve(2024));
    }

    [Theory]
    [InlineData("trước ngày 15/6", "2024-06-14")]
    [InlineData("Trước 30/11/2024", "2024-11-29")]
    [InlineData("hoàn thành chậm nhất ngày 20/12/2024", "2024-12-20")]
    [InlineData("chậm nhất trước ngày 15 tháng 12 năm 2024", "2024-12-14")]
    [InlineData("hạn cuối 05/10", "2024-10-05")]
    public void Deadline_ReadsTheDueDay(string text, string due)
    {
        Assert.Equal(D(due), QuotaPhrases.Deadline(text, 2024)!.Value.Due);
    }

    [Fact]
    public void ExternalDeadline_ReadsWhoSetsItAndHowManyDaysBefore()
    {
        Assert.Equal(("UBND tỉnh", 5), QuotaPhrases.ExternalDeadline("Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày)"));
        Assert.Equal(("Sở Nội vụ", 3), QuotaPhrases.ExternalDeadline("gửi trước thời hạn Sở Nội vụ quy định ba (03) ngày"));
        Assert.Null(QuotaPhrases.ExternalDeadline("trước 26/11/2024"));
    }

    [Theory]
    [InlineData("Đảm bảo 100% TTHC được công khai", 100)]
    [InlineData("đạt 95% thủ tục hành chính được cập nhật", 95)]
    [InlineData("100% cán bộ được tập huấn", null)]
    public void CoveragePercent_NeedsProcedures(string text, int? percent)
    {
        Assert.Equal(percent, (int?)QuotaPhrases.CoveragePercent(text));
    }

    private static PlanImportResult Parse(string text, string agency = "SYT") =>
        PlanFileParser.Parse(PlainTextReader.Read(text), new PlanImportContext(agency,
        [
            new ImportUnit("SYT", "Sở Y tế", null), new ImportUnit("SYT-VP", "Văn phòng Sở Y tế", "SYT"),
            new ImportUnit("SYT-NV", "Phòng Nghiệp vụ Y", "SYT"), new ImportUnit("SYT-TTYT", "Trung tâm Y tế huyện", "SYT"),
        ]));

    [Fact]
    public void Parse_ReadsATableWithOtherColumnNames_AndQuotasOfEveryQuarter()
    {
        var result = Parse("""
            Số: 12/KH-SYT
            Hà Tĩnh, ngày 05 tháng 02 năm 2025
            KẾ HOẠCH
            Tuyên truyền cải cách hành chính năm 2025
            I. MỤC ĐÍCH
            Nâng cao nhận thức.
            II. CÁC NHIỆM VỤ CỤ THỂ
            STT	Nội dung công việc	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian hoàn thành	Sản phẩm
            1	Đăng tin về cải cách hành chính	Văn phòng Sở	Các phòng	Mỗi quý tối thiểu 01 tin, bài	Tin, bài
            2	Ban hành kế hoạch kiểm tra	Văn phòng Sở		Trước ngày 15/6	Kế hoạch
            3	Tổ chức hội thi tìm hiểu CCHC	Phòng Nghiệp vụ Y		Quý III	Báo cáo kết quả, tin bài
            4	Mỗi đơn vị trực thuộc viết ít nhất hai (02) bài	Các đơn vị		6 tháng cuối năm	Tin, bài
            """);
        var plan = result.Plan;

        Assert.Equal(("12/KH-SYT", "Hà Tĩnh", D("2025-02-05"), 2025), (plan.Number, plan.Place, plan.IssueDate, plan.Year));
        Assert.Equal(["1", "2", "3", "4"], plan.Tasks.Select(t => t.Code));
        Assert.Equal([1, 2, 3, 4], plan.Tasks[0].Rules.OfType<CountRule>().Select(r => r.Window.FromQuarter!.Value));
        var deliverable = Assert.IsType<DeliverableRule>(Assert.Single(plan.Tasks[1].Rules));
        Assert.Equal((D("2025-06-14"), "Kế hoạch"), (deliverable.DueDate, deliverable.DocumentKinds.Single()));
        var contest = Assert.IsType<CountRule>(Assert.Single(plan.Tasks[2].Rules));
        Assert.Equal(QuotaWindow.Quarter(3), contest.Window);
        Assert.True(contest.LinkedOnly);
        var perUnit = Assert.IsType<PerUnitRule>(Assert.Single(plan.Tasks[3].Rules));
        Assert.Equal((2, WindowKind.SecondHalf, 3), (perUnit.Min, perUnit.Window.Kind, perUnit.UnitSet.Count));
        Assert.Equal("SYT-VP", plan.Tasks[0].LeadUnitCode);
    }

    [Fact]
    public void Parse_KeepsBulletsAsUnnumberedTasks_WhenThePlanHasNoTable()
    {
        var result = Parse("""
            KẾ HOẠCH
            Thông tin, tuyên truyền cải cách hành chính năm 2025
            I. MỤC ĐÍCH, YÊU CẦU
            - Đảm bảo 100% thủ tục hành chính được công khai trên Cổng thông tin điện tử của Sở.
            II. NỘI DUNG TUYÊN TRUYỀN
            1. Nội dung
            - Kết quả thực hiện Chỉ số CCHC.
            - Chuyển đổi số trong ngành y tế.
            2. Hình thức
            - Đăng tải tin, bài trên Cổng thông tin điện tử.
            - Treo băng rôn, khẩu hiệu tại trụ sở.
            III. TỔ CHỨC THỰC HIỆN
            Văn phòng Sở làm đầu mối, báo cáo kết quả định kỳ hằng quý, 6 tháng và năm trước ngày 15 của tháng cuối kỳ.
            """);
        var plan = result.Plan;

        Assert.Equal(5, plan.Tasks.Count);
        Assert.All(plan.Tasks, t => Assert.True(t.Unnumbered));
        Assert.Equal(100m, Assert.IsType<CoverageRule>(plan.Tasks[0].Rules.Single()).Percent);
        Assert.IsType<RegularRule>(plan.Tasks.Single(t => t.Content.StartsWith("Kết quả")).Rules.Single());
        Assert.IsType<RegularRule>(plan.Tasks.Single(t => t.Content.StartsWith("Đăng tải")).Rules.Single());
        Assert.Empty(plan.Tasks.Single(t => t.Content.StartsWith("Treo")).Rules);
        Assert.Equal("Văn phòng Sở", plan.Tasks[1].LeadUnit);
        Assert.Equal(6, plan.ReportingPeriods.Count);
        Assert.All(plan.ReportingPeriods, p => Assert.Equal((DueAnchor.LastMonthOfPeriod, 15, true), (p.DueRule!.Anchor, p.DueRule.Day, p.DueRule.Before)));
    }

    [Fact]
    public void Parse_KeepsATaskItCannotRead_WithItsText()
    {
        var result = Parse("""
            KẾ HOẠCH tuyên truyền năm 2025
            II. NHIỆM VỤ
            STT	Nhiệm vụ	Cơ quan chủ trì	Thời gian
            1	Phối hợp với Đài Phát thanh thực hiện chuyên mục	Văn phòng Sở	Khi có yêu cầu của cấp trên
            """);

        var task = Assert.Single(result.Plan.Tasks);
        Assert.Empty(task.Rules);
        Assert.Contains("Khi có yêu cầu", task.SourceText);
        Assert.Contains(result.Notes, n => n.Contains("mã hóa bằng tay", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Biên bản họp giao ban tháng 3.\nNgười chủ trì: ông A.")]
    [InlineData("")]
    public void Parse_RefusesTextThatIsNoPlan(string text)
    {
        var error = Assert.Throws<PlanImportException>(() => Parse(text));

        Assert.Contains("không phải là kế hoạch", error.Message, StringComparison.Ordinal);
    }
}
