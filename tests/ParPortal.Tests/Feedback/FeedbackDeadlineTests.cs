using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Feedback;

/// <summary>The working calendar with Vietnam's holidays, due days, overdue flags and the statistics.</summary>
public sealed class FeedbackDeadlineTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static WorkingCalendar BuiltIn => HolidayFile.Load(null);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void BuiltInCalendar_HasTetAndTheNationalHolidays_ForEveryYear(int year)
    {
        var days = BuiltIn.Holidays.Where(h => h.Date.Year == year).ToList();
        Assert.Contains(days, h => h.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));
        Assert.Contains(days, h => h.Name.Contains("Giỗ Tổ Hùng Vương", StringComparison.Ordinal));
        foreach (var (month, day) in new[] { (4, 30), (9, 2) })
        {
            var date = new DateOnly(year, month, day);
            Assert.True(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || !BuiltIn.IsWorkingDay(date), $"{date} is a working day");
        }

        Assert.False(BuiltIn.IsWorkingDay(new DateOnly(year, 5, 1)) && new DateOnly(year, 5, 1).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void AddWorkingDays_SkipsWeekendsAndTet_WhenQuestionArrivesBeforeTet2026()
    {
        // Friday 13/02/2026; Tết 2026 takes Monday 16 to Friday 20 February, so the first working day after is 23/02.
        Assert.Equal(new DateOnly(2026, 2, 23), BuiltIn.AddWorkingDays(new DateOnly(2026, 2, 13), 1));
        Assert.Equal(new DateOnly(2026, 3, 13), BuiltIn.AddWorkingDays(new DateOnly(2026, 2, 13), 15));
        // A make-up Saturday counts: 04/5/2024 was worked in exchange for Monday 29/4/2024.
        Assert.True(BuiltIn.IsWorkingDay(new DateOnly(2024, 5, 4)));
        Assert.Equal(new DateOnly(2024, 5, 4), BuiltIn.AddWorkingDays(new DateOnly(2024, 5, 3), 1));
    }

    [Fact]
    public void HolidayFile_NamesTheBadEntry_WhenADateIsMalformed()
    {
        var json = """{ "holidays": [ { "date": "2026-01-01", "name": "Tết Dương lịch" }, { "date": "30/4/2026", "name": "Giải phóng" } ] }""";

        var e = Assert.Throws<InvalidOperationException>(() => HolidayFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "ngay-nghi.json"));

        Assert.Contains("ngay-nghi.json, holidays[1]", e.Message);
        Assert.Contains("30/4/2026", e.Message);
    }

    [Fact]
    public async Task OpenQuestionPastItsDueDay_IsFlaggedOnAdminHomeDashboardAndStatistics()
    {
        var (editor, unitA, _) = await _factory.WorkflowClientsAsync();
        var citizen = _factory.Browser();
        // Received Sunday 22/11/2026 (Vietnam); 15 working days later is Friday 11/12/2026.
        var late = await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Câu hỏi sẽ được trả lời trễ hạn"));
        var onTime = await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Câu hỏi được trả lời đúng hạn"));
        await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Câu hỏi chưa ai trả lời"));
        Assert.Equal("2026-12-11", (await editor.GetFromJsonAsync<JsonElement>($"/api/feedback/{late}")).GetProperty("dueOn").GetString());

        _factory.Clock.Advance(TimeSpan.FromDays(5));
        await FeedbackTestData.AnswerAndApproveAsync(editor, unitA, onTime, "Trả lời trong hạn.");
        _factory.Clock.Set(new DateTimeOffset(2026, 12, 14, 2, 0, 0, TimeSpan.Zero));
        await FeedbackTestData.AnswerAndApproveAsync(editor, unitA, late, "Trả lời sau hạn.");

        var admin = await _factory.LoginAsync("bientap-hd");
        Assert.Contains("1 câu hỏi, phản ánh quá hạn trả lời", await admin.GetStringAsync("/admin"));
        Assert.Contains("1 câu hỏi, phản ánh quá hạn trả lời", await admin.GetStringAsync("/admin/dashboard"));
        Assert.Contains("Câu hỏi chưa ai trả lời", await admin.GetStringAsync("/admin/feedback?overdue=true"));
        Assert.DoesNotContain("Câu hỏi sẽ được trả lời trễ hạn", await admin.GetStringAsync("/admin/feedback?overdue=true"));

        var stats = await editor.GetFromJsonAsync<JsonElement>("/api/feedback/statistics?from=2026-11-01&to=2026-11-30");
        var total = stats.GetProperty("total");
        Assert.Equal((3, 2, 1, 1, 1, 1), (total.GetProperty("received").GetInt32(), total.GetProperty("answered").GetInt32(),
            total.GetProperty("answeredOnTime").GetInt32(), total.GetProperty("answeredLate").GetInt32(),
            total.GetProperty("open").GetInt32(), total.GetProperty("overdue").GetInt32()));
        var unit = stats.GetProperty("byUnit").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Phòng thử nghiệm A");
        Assert.Equal(2, unit.GetProperty("answered").GetInt32());

        var xlsx = await admin.GetAsync("/admin/feedback/statistics?handler=Xlsx&from=2026-11-01&to=2026-11-30");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var text = FeedbackTestData.XlsxText(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains("Phòng thử nghiệm A|2|2|1|1|0|0|0", text);
        Assert.Contains("(Chưa giao đơn vị)|1|0|0|0|0|1|1", text);
    }

    [Fact]
    public async Task PlanRule_CountsAnsweredFeedback_AsEvidence()
    {
        var (editor, unitA, _) = await _factory.WorkflowClientsAsync();
        var id = await _factory.ItemIdAsync(await _factory.Browser().SubmitQuestionAsync("Câu hỏi được tính vào kế hoạch"));
        await FeedbackTestData.AnswerAndApproveAsync(editor, unitA, id, "Đã trả lời.");
        await _factory.EnsureUserAsync("quantri-kh", "Administrator");
        var admin = await _factory.ApiClientAsync("quantri-kh");
        const string plan = """
            {"type":"Plan","title":"Kế hoạch thử hỏi đáp 2026","number":"11/KH-HD","year":2026,
             "definition":{"number":"11/KH-HD","title":"Kế hoạch thử hỏi đáp 2026","year":2026,
               "tasks":[{"code":"3.1","content":"Tiếp nhận, trả lời phản ánh, kiến nghị",
                         "rules":[{"kind":"count","types":["Feedback"],"min":1,"window":{"kind":"Year"}}]}]}}
            """;

        var created = await admin.PostAsync("/api/content", new StringContent(plan, Encoding.UTF8, "application/json"));
        await FeedbackTestData.Ok(created);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await FeedbackTestData.Ok(await admin.PostAsync($"/api/content/{planId}/publish", null));
        var office = admin;

        var progress = await ParPortal.Tests.Plans.PlanTestData.ProgressAsync(office, planId, "2026-12-31");
        var task = Assert.Single(progress.Tasks);
        Assert.Contains(task.Evidence, e => e.Id == id);
    }
}
