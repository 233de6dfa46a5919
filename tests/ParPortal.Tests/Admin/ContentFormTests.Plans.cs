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
    [Fact]
    public async Task PlanForm_SavesTheDefinition_WhenValid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Plan", new()
        {
            ["Input.Title"] = "Kế hoạch tuyên truyền 2026 (form)",
            ["Input.Number"] = "01/KH-TEST",
            ["Input.Year"] = "2026",
            ["Input.IssuingUnit"] = AdminTestData.UnitA,
            ["Input.FileUrl"] = "/media/kh-01.pdf",
            ["Input.DefinitionJson"] = ValidPlan,
        });

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Plans.SingleAsync(p => p.ContentItemId == id);
        Assert.Equal(("01/KH-TEST", 2026, AdminTestData.UnitA, "/media/kh-01.pdf"), (v.Number, v.Year, v.IssuingUnitCode, v.FileUrl));
        var plan = ParPortal.Quotas.Model.PlanJson.Deserialize(v.DefinitionJson);
        Assert.Equal("1.1", Assert.Single(plan.Tasks).Code);
    }

    [Fact]
    public async Task PlanForm_NamesTaskAndRule_WhenTheDefinitionIsInvalid()
    {
        var client = await AdminAsync();
        var unknownType = ValidPlan.Replace("\"Document\"", "\"Podcast\"", StringComparison.Ordinal);
        var response = await client.PostFormAsync("/admin/content/new/Plan", new()
        {
            ["Input.Title"] = "Kế hoạch sai (form)",
            ["Input.Number"] = "02/KH-TEST",
            ["Input.Year"] = "2026",
            ["Input.DefinitionJson"] = unknownType,
        });
        Assert.Contains("Nhiệm vụ 1.1, quy tắc 1: loại nội dung không xác định: Podcast", await ErrorNextToAsync(response, "definition"));

        var malformed = await client.PostFormAsync("/admin/content/new/Plan", new()
        {
            ["Input.Title"] = "Kế hoạch sai (form)",
            ["Input.Number"] = "02/KH-TEST",
            ["Input.Year"] = "2026",
            ["Input.DefinitionJson"] = """{ "title": "x", "year": "năm nay" }""",
        });
        Assert.Contains("không đúng định dạng JSON tại “year”", await ErrorNextToAsync(malformed, "definition"));

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
