using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Procedures;
using ParPortal.Procedures;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Admin;

/// <summary>The plan form and the form safeguards every admin form shares.</summary>
public sealed partial class ContentFormTests
{
    /// <summary>The editor's fields of one task with one rule: a deliverable (a "Kế hoạch" document due 31/01/2026).</summary>
    private static Dictionary<string, string> PlanFields(string title, string number) => new()
    {
        ["Input.Title"] = title,
        ["Input.Number"] = number,
        ["Input.Year"] = "2026",
        ["Plan.Place"] = "Đà Nẵng",
        ["Plan.Tasks[0].Code"] = "1.1",
        ["Plan.Tasks[0].Content"] = "Ban hành kế hoạch",
        ["Plan.Tasks[0].LeadUnit"] = "Văn phòng",
        ["Plan.Tasks[0].Rules[0].Kind"] = "deliverable",
        ["Plan.Tasks[0].Rules[0].Types"] = "Document",
        ["Plan.Tasks[0].Rules[0].DocumentKinds"] = "Kế hoạch",
        ["Plan.Tasks[0].Rules[0].DueDate"] = "2026-01-31",
        // The empty rows the form always offers are skipped.
        ["Plan.Tasks[1].Code"] = "",
        ["Plan.Tasks[0].Rules[1].Kind"] = "",
    };

    [Fact]
    public async Task PlanForm_SavesTheDefinition_WhenValid()
    {
        var client = await AdminAsync();
        var fields = PlanFields("Kế hoạch tuyên truyền 2026 (form)", "01/KH-TEST");
        fields["Input.IssuingUnit"] = AdminTestData.UnitA;
        fields["Input.FileUrl"] = "/media/kh-01.pdf";
        var response = await client.PostFormAsync("/admin/content/new/Plan", fields);

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Plans.SingleAsync(p => p.ContentItemId == id);
        Assert.Equal(("01/KH-TEST", 2026, AdminTestData.UnitA, "/media/kh-01.pdf"), (v.Number, v.Year, v.IssuingUnitCode, v.FileUrl));
        var plan = ParPortal.Quotas.Model.PlanJson.Deserialize(v.DefinitionJson);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(("1.1", "Đà Nẵng", AdminTestData.UnitA), (task.Code, plan.Place, plan.IssuingUnit));
        var rule = Assert.IsType<ParPortal.Quotas.Model.DeliverableRule>(Assert.Single(task.Rules));
        Assert.Equal((new DateOnly(2026, 1, 31), "Kế hoạch"), (rule.DueDate, Assert.Single(rule.DocumentKinds)));
    }

    [Fact]
    public async Task PlanForm_NamesTaskAndRule_WhenTheDefinitionIsInvalid()
    {
        var client = await AdminAsync();
        var noDue = PlanFields("Kế hoạch sai (form)", "02/KH-TEST");
        noDue.Remove("Plan.Tasks[0].Rules[0].DueDate");
        var response = await client.PostFormAsync("/admin/content/new/Plan", noDue);
        Assert.Contains("Nhiệm vụ 1.1, quy tắc 1: thiếu hạn hoàn thành", await ErrorNextToAsync(response, "definition"));

        var badNumber = PlanFields("Kế hoạch sai (form)", "02/KH-TEST");
        badNumber["Plan.Tasks[0].Rules[0].Kind"] = "count";
        badNumber["Plan.Tasks[0].Rules[0].Min"] = "năm";
        var malformed = await client.PostFormAsync("/admin/content/new/Plan", badNumber);
        Assert.Contains("Nhiệm vụ 1.1, quy tắc 1: số lượng tối thiểu: “năm” không phải là số.", await ErrorNextToAsync(malformed, "definition"));

        var badDate = PlanFields("Kế hoạch sai (form)", "02/KH-TEST");
        badDate["Plan.Tasks[0].Rules[0].DueDate"] = "31/02/2026";
        var wrongDate = await client.PostFormAsync("/admin/content/new/Plan", badDate);
        Assert.Contains("Nhiệm vụ 1.1, quy tắc 1: hạn: “31/02/2026” không phải là ngày (dd/mm/yyyy).", await ErrorNextToAsync(wrongDate, "definition"));

        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "Kế hoạch sai (form)"));
    }

    [Fact]
    public async Task FormPost_Returns400_WhenTheAntiforgeryTokenIsMissing()
    {
        var client = await AdminAsync();
        var response = await client.PostAsync("/admin/content/new/Hotline", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Không có mã chống giả mạo",
            ["Input.Purpose"] = "Phản ánh",
            ["Input.PhonesText"] = "0236 3822 123",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "Không có mã chống giả mạo"));
    }
}
