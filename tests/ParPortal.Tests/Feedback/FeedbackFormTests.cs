using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Feedback;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Public;

namespace ParPortal.Tests.Feedback;

/// <summary>The public question form: what it stores where, its checks, and the tracking page.</summary>
public sealed class FeedbackFormTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submit_StoresContactApartAndShowsTrackingCode_WhenFormIsValid()
    {
        var client = _factory.Browser();

        var code = await client.SubmitQuestionAsync("Thủ tục cấp đổi giấy phép lái xe cần những giấy tờ gì?");

        Assert.Matches("^PA-[2-9A-Z]{4}-[2-9A-Z]{4}$", code);
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            var version = await db.Set<FeedbackVersion>().Include(v => v.Item).SingleAsync(v => v.TrackingCode == code);
            Assert.Equal(FeedbackStatus.New, FeedbackStatuses.Of(version));
            Assert.Equal(_factory.Clock.GetUtcNow().AddHours(7).Date, version.ReceivedOn.ToDateTime(TimeOnly.MinValue));
            var contact = await db.Set<FeedbackContact>().SingleAsync(c => c.ContentItemId == version.ContentItemId);
            Assert.Equal((FeedbackTestData.Name, FeedbackTestData.Phone, FeedbackTestData.Email), (contact.Name, contact.Phone, contact.Email));
            // Nothing of the person is in the content: not in any column of any version of the item.
            var row = await db.Database.SqlQueryRaw<string>(
                "SELECT \"Title\" || ' ' || COALESCE(\"Question\", '') || ' ' || COALESCE(\"Summary\", '') AS \"Value\" FROM \"ContentVersions\" WHERE \"TrackingCode\" = {0}", code).SingleAsync();
            Assert.DoesNotContain(FeedbackTestData.Email, row);
            Assert.DoesNotContain(FeedbackTestData.Name, row);
        }

        var tracking = await client.GetPageAsync(FeedbackUrls.Track(code) + "&moi=1");
        Assert.Contains(code, tracking.QuerySelector(".tracking-code")!.TextContent);
        Assert.Equal("New", tracking.QuerySelector("dd[data-status]")!.GetAttribute("data-status"));
        Assert.DoesNotContain(FeedbackTestData.Email, tracking.DocumentElement.OuterHtml);
        Assert.DoesNotContain(FeedbackTestData.Phone, tracking.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Submit_NamesTheFields_WhenContactIsMissingAndQuestionEmpty()
    {
        var client = _factory.Browser();
        var fields = FeedbackTestData.Fields(string.Empty, email: null);
        fields["Form.Phone"] = string.Empty;

        var response = await client.SubmitAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy cho biết số điện thoại hoặc thư điện tử", html);
        Assert.Contains("Nội dung câu hỏi là bắt buộc.", html);
        Assert.Equal(0, await _factory.QuestionCountAsync());
    }

    [Fact]
    public async Task Submit_AsksTheCheckAndNamesTheFieldsInEnglish_OnTheEnglishPage()
    {
        var client = _factory.Browser();
        await client.GetAsync("/ngon-ngu?culture=en-US&returnUrl=%2F");
        var form = await client.GetPageAsync(FeedbackUrls.Submit);
        Assert.Matches(@"^What is [a-z]+ (plus|minus) [a-z]+\?", form.QuerySelector("label[for=Form_ChallengeAnswer]")!.TextContent.Trim());

        var fields = FeedbackTestData.Fields(string.Empty, email: null);
        fields["Form.Phone"] = string.Empty;
        var response = await client.SubmitAsync(fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please give a phone number or an email address", html);
        Assert.Contains("The question is required.", html);
        Assert.DoesNotContain("là bắt buộc", html);
        Assert.DoesNotContain("Câu trả lời kiểm tra", html);
        Assert.Equal(0, await _factory.QuestionCountAsync());
    }

    [Fact]
    public async Task Form_ListsUnitsInVietnameseOrder()
    {
        string[] names = ["Đội Kiểm tra thử", "Xã An Thử", "Ban Dân vận thử", "Dịch vụ công thử", "ban chỉ đạo thử"];
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            db.Units.AddRange(names.Select((n, i) => new ParPortal.Features.Units.Unit { Code = $"THU-{i}", Name = n, ValidFrom = new DateOnly(2020, 1, 1) }));
            await db.SaveChangesAsync();
        }

        var form = await _factory.Browser().GetPageAsync(FeedbackUrls.Submit);

        var listed = form.QuerySelectorAll("select[name='Form.UnitCode'] option").Select(o => o.TextContent.Trim()).Where(names.Contains).ToList();
        Assert.Equal(["ban chỉ đạo thử", "Ban Dân vận thử", "Dịch vụ công thử", "Đội Kiểm tra thử", "Xã An Thử"], listed);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("bảy", 7)]
    [InlineData("muoi lam", 15)]
    [InlineData("Seven", 7)]
    [InlineData("eighteen", 18)]
    [InlineData("seven hundred", null)]
    public void ParseNumber_ReadsDigitsAndVietnameseOrEnglishWords(string answer, int? expected) =>
        Assert.Equal(expected, ParPortal.Features.Feedback.Intake.FeedbackChallenge.ParseNumber(answer));

    [Theory]
    [InlineData("Form.ChallengeAnswer", "99", "Câu trả lời kiểm tra chưa đúng")]
    [InlineData("Form.ChallengeToken", "gia-mao", "Câu hỏi kiểm tra không hợp lệ")]
    [InlineData("trang-web", "http://spam.example", "Câu hỏi đã được ghi nhận")]
    public async Task Submit_StoresNothing_WhenTheCheckFailsOrTheHiddenFieldIsFilled(string field, string value, string message)
    {
        var client = _factory.Browser();
        var fields = FeedbackTestData.Fields("Câu hỏi của một chương trình tự động");
        fields[field] = value;

        var response = await client.SubmitAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _factory.QuestionCountAsync());
    }

    [Fact]
    public async Task Submit_GivesTheSameCode_WhenTheSameFormIsPostedTwice()
    {
        var client = _factory.Browser();
        var html = await client.GetStringAsync(FeedbackUrls.Submit);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var form = new Dictionary<string, string>(FeedbackTestData.Fields("Gửi hai lần do bấm đúp"))
        {
            ["__RequestVerificationToken"] = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Form.ChallengeToken"] = doc.QuerySelector("input[name='Form.ChallengeToken']")!.GetAttribute("value")!,
            ["Form.ChallengeAnswer"] = FeedbackTestData.Solve(doc.QuerySelector("label[for=Form_ChallengeAnswer]")!.TextContent),
        };

        var first = await client.PostAsync(FeedbackUrls.Submit, new FormUrlEncodedContent(form));
        var second = await client.PostAsync(FeedbackUrls.Submit, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await _factory.QuestionCountAsync());
    }

    [Fact]
    public async Task Submit_KeepsPdfPrivate_AndRefusesOtherFiles()
    {
        var client = _factory.Browser();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var withPdf = await client.SubmitAsync(FeedbackTestData.Fields("Kèm bản chụp giấy hẹn"), (pdf, "giấy hẹn.pdf"));
        Assert.Equal(HttpStatusCode.Redirect, withPdf.StatusCode);

        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var withHtml = await client.SubmitAsync(FeedbackTestData.Fields("Kèm tệp HTML"), (html, "trang.pdf"));
        Assert.Contains("Định dạng tệp không được hỗ trợ", await withHtml.Content.ReadAsStringAsync());

        var big = new byte[(5 * 1024 * 1024) + 10];
        pdf.CopyTo(big, 0);
        var tooBig = await client.SubmitAsync(FeedbackTestData.Fields("Kèm tệp quá lớn"), (big, "lon.pdf"));
        Assert.Contains("Tệp đính kèm vượt quá 5 MB", await tooBig.Content.ReadAsStringAsync());

        Assert.Equal(1, await _factory.QuestionCountAsync());
        await using var scope = _factory.Scope();
        var contact = await _factory.Db(scope).Set<FeedbackContact>().SingleAsync();
        Assert.Equal("giấy hẹn.pdf", contact.AttachmentName);
        Assert.Equal("application/pdf", contact.AttachmentContentType);
        // The upload has no media-library row, so the public media route does not serve it.
        var media = await _factory.CreateClient().GetAsync($"/media/{contact.AttachmentId:N}/original.pdf");
        Assert.Equal(HttpStatusCode.NotFound, media.StatusCode);
        Assert.False(await _factory.Db(scope).MediaFiles.AnyAsync());
    }

    [Fact]
    public async Task FormAndTrackingPages_AreNeverCached()
    {
        var client = _factory.Browser();
        string Token(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelector("input[name='Form.ChallengeToken']")!.GetAttribute("value")!;

        var first = Token(await _factory.CreateClient().GetStringAsync(FeedbackUrls.Submit));
        var second = Token(await _factory.CreateClient().GetStringAsync(FeedbackUrls.Submit));

        Assert.NotEqual(first, second);
        var code = await client.SubmitQuestionAsync("Tình trạng thay đổi sau khi giao");
        Assert.Equal("New", (await client.GetPageAsync(FeedbackUrls.Track(code))).QuerySelector("dd[data-status]")!.GetAttribute("data-status"));
        // A change written straight to the database evicts nothing: only an uncached page can show it.
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            (await db.Set<FeedbackVersion>().SingleAsync(v => v.TrackingCode == code)).State = ParPortal.Content.ContentState.InReview;
            await db.SaveChangesAsync();
        }

        Assert.Equal("AwaitingApproval", (await client.GetPageAsync(FeedbackUrls.Track(code))).QuerySelector("dd[data-status]")!.GetAttribute("data-status"));
    }
}
