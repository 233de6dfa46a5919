using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Feedback;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Public;

namespace ParPortal.Tests.Feedback;

/// <summary>Moderation: assign, answer by the unit, approve by an editor, publish; close with a reason; who may do what.</summary>
public sealed class FeedbackWorkflowTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Workflow_PublishesQuestionWithoutPersonalDetails_WhenUnitAnswersAndEditorApproves()
    {
        var (editor, unitA, unitB) = await _factory.WorkflowClientsAsync();
        var citizen = _factory.Browser();
        var code = await citizen.SubmitQuestionAsync(
            "Xin hỏi <script>alert('x')</script> lệ phí <b>cấp phép</b> xây dựng nhà ở riêng lẻ là bao nhiêu?",
            more: new() { ["Form.TopicSlug"] = "cai-cach-thu-tuc-hanh-chinh" });
        var id = await _factory.ItemIdAsync(code);

        await FeedbackTestData.Ok(await editor.PostAsJsonAsync($"/api/feedback/{id}/assign", new { unit = AdminTestData.UnitA }));
        var other = await unitB.PostAsJsonAsync($"/api/feedback/{id}/answer", new { baseVersion = 2, answer = "Không phải đơn vị mình", submit = true });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var early = await editor.PostAsync($"/api/feedback/{id}/approve", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        var dto = await unitA.GetFromJsonAsync<JsonElement>($"/api/feedback/{id}");
        Assert.Equal(FeedbackTestData.Email, dto.GetProperty("contact").GetProperty("email").GetString());
        await FeedbackTestData.Ok(await unitA.PostAsJsonAsync($"/api/feedback/{id}/answer",
            new { baseVersion = dto.GetProperty("version").GetInt32(), answer = "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là 75.000 đồng.\n\nCăn cứ Nghị quyết của HĐND tỉnh.", submit = true }));
        Assert.Equal("AwaitingApproval", (await editor.GetFromJsonAsync<JsonElement>($"/api/feedback/{id}")).GetProperty("status").GetString());
        await FeedbackTestData.Ok(await editor.PostAsync($"/api/feedback/{id}/approve", null));

        var anonymous = _factory.CreateClient();
        var list = await anonymous.GetPageAsync(FeedbackUrls.Path + "?chu-de=cai-cach-thu-tuc-hanh-chinh");
        var link = list.QuerySelector("ul.items a")!;
        // The long date begins with "ngày": the answered line reads "Trả lời vào ngày …", never "ngày ngày".
        var answered = list.QuerySelector("ul.items li")!.TextContent;
        Assert.Matches(@"Trả lời vào ngày \d{1,2} tháng \d{1,2} năm \d{4}", answered);
        Assert.DoesNotContain("ngày ngày", answered);
        var detail = await anonymous.GetStringAsync(link.GetAttribute("href")!);
        Assert.Contains("75.000 đồng", detail);
        Assert.Contains("Phòng thử nghiệm A", detail);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", detail);
        Assert.DoesNotContain("<script>alert", detail);
        Assert.DoesNotContain("<b>cấp phép</b>", detail);
        foreach (var secret in new[] { FeedbackTestData.Email, FeedbackTestData.Phone, FeedbackTestData.Name })
        {
            Assert.DoesNotContain(secret, detail);
            Assert.DoesNotContain(secret, await anonymous.GetStringAsync($"/api/content/{id}"));
            Assert.DoesNotContain(secret, await anonymous.GetStringAsync($"/api/feedback/track/{code}"));
            Assert.DoesNotContain(secret, await anonymous.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(secret)));
        }

        var search = await anonymous.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("le phi cap phep xay dung"));
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString() == link.GetAttribute("href"));
        var track = await anonymous.GetFromJsonAsync<JsonElement>($"/api/feedback/track/{code}");
        Assert.Equal("Answered", track.GetProperty("status").GetString());
        Assert.Contains("75.000 đồng", track.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Close_ShowsReasonToCitizen_AndGenericArchiveWithoutReasonIsRefused()
    {
        var (editor, unitA, _) = await _factory.WorkflowClientsAsync();
        var citizen = _factory.Browser();
        var spam = await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Quảng cáo không liên quan"));
        var code = await citizen.SubmitQuestionAsync("Câu hỏi trùng với câu đã trả lời");
        var id = await _factory.ItemIdAsync(code);

        var noReason = await editor.PostAsJsonAsync($"/api/feedback/{id}/close", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await unitA.PostAsJsonAsync($"/api/feedback/{id}/close", new { reason = "x" })).StatusCode);
        await FeedbackTestData.Ok(await editor.PostAsJsonAsync($"/api/feedback/{id}/close", new { reason = "Trùng với câu hỏi đã được trả lời ngày 01/11/2026." }));

        var page = await citizen.GetPageAsync(FeedbackUrls.Track(code));
        Assert.Equal("Closed", page.QuerySelector("dd[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("Trùng với câu hỏi đã được trả lời", page.DocumentElement.TextContent);

        // The generic lifecycle cannot skip the workflow: no archive without a reason, no publication without an answer.
        var archive = await editor.PostAsync($"/api/content/{spam}/archive", null);
        Assert.Equal(HttpStatusCode.BadRequest, archive.StatusCode);
        var publish = await editor.PostAsync($"/api/content/{spam}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("chưa có câu trả lời", await publish.Content.ReadAsStringAsync());
        await using var scope = _factory.Scope();
        Assert.False(await _factory.Db(scope).ContentVersions.AnyAsync(v => v.ContentItemId == spam && v.IsPublished));
    }

    [Fact]
    public async Task Queue_ShowsContributorOnlyOwnUnit_AndApiNeedsAToken()
    {
        var (editor, unitA, unitB) = await _factory.WorkflowClientsAsync();
        var citizen = _factory.Browser();
        var a = await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Câu hỏi cho phòng A"));
        await _factory.ItemIdAsync(await citizen.SubmitQuestionAsync("Câu hỏi chưa giao"));
        await FeedbackTestData.Ok(await editor.PostAsJsonAsync($"/api/feedback/{a}/assign", new { unit = AdminTestData.UnitA }));

        Assert.Equal(2, (await editor.GetFromJsonAsync<JsonElement>("/api/feedback")).GetProperty("total").GetInt32());
        var own = await unitA.GetFromJsonAsync<JsonElement>("/api/feedback");
        Assert.Equal(a, own.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal(0, (await unitB.GetFromJsonAsync<JsonElement>("/api/feedback")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await unitB.GetAsync($"/api/feedback/{a}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync("/api/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/api/feedback?status=Nope")).StatusCode);
    }

    [Fact]
    public async Task AdminCasePage_AssignsThroughTheForm_AndShowsContactOnlyToThoseWhoAct()
    {
        await _factory.WorkflowClientsAsync();
        await _factory.EnsureUserAsync("vanphong-hd", "Office");
        var id = await _factory.ItemIdAsync(await _factory.Browser().SubmitQuestionAsync("Hỏi về giờ làm việc của bộ phận một cửa"));
        var editor = await _factory.LoginAsync("bientap-hd");

        var assigned = await editor.PostFormAsync($"/admin/feedback/{id}?handler=Assign", new() { ["unit"] = AdminTestData.UnitA }, $"/admin/feedback/{id}");

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains(FeedbackTestData.Email, await editor.GetStringAsync($"/admin/feedback/{id}"));
        var office = await _factory.LoginAsync("vanphong-hd");
        var seen = await office.GetStringAsync($"/admin/feedback/{id}");
        Assert.Contains("Hỏi về giờ làm việc", seen);
        Assert.DoesNotContain(FeedbackTestData.Email, seen);
        var unitB = await _factory.LoginAsync("ctv-b-hd");
        var refused = await unitB.GetAsync($"/admin/feedback/{id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/admin/denied", refused.Headers.Location!.AbsolutePath);
    }
}
