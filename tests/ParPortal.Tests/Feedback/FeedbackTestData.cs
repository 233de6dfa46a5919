using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Feedback;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Feedback;

/// <summary>Acting as a citizen on the question form, and as editors and units through the feedback API.</summary>
internal static class FeedbackTestData
{
    public const string Email = "an.nguyen.test@example.com";
    public const string Phone = "0912 345 678";
    public const string Name = "Nguyễn Văn Thử";

    /// <summary>A client that keeps cookies (antiforgery) and does not follow redirects, like a form-posting browser.</summary>
    public static HttpClient Browser(this ParPortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Dictionary<string, string> Fields(string question, string? email = Email) => new()
    {
        ["Form.Name"] = Name,
        ["Form.Phone"] = Phone,
        ["Form.Email"] = email ?? string.Empty,
        ["Form.Question"] = question,
    };

    /// <summary>Opens the form, answers its check question (unless the fields say otherwise) and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, Dictionary<string, string> fields, (byte[] Bytes, string Name)? file = null)
    {
        var html = await client.GetStringAsync(FeedbackUrls.Submit);
        var doc = new HtmlParser().ParseDocument(html);
        var form = new MultipartFormDataContent
        {
            { new StringContent(doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        if (!fields.ContainsKey("Form.ChallengeToken"))
        {
            form.Add(new StringContent(doc.QuerySelector("input[name='Form.ChallengeToken']")!.GetAttribute("value")!), "Form.ChallengeToken");
        }

        if (!fields.ContainsKey("Form.ChallengeAnswer"))
        {
            form.Add(new StringContent(Solve(doc.QuerySelector("label[for=Form_ChallengeAnswer]")!.TextContent)), "Form.ChallengeAnswer");
        }

        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "Form.Attachment", f.Name);
        }

        return await client.PostAsync(FeedbackUrls.Submit, form);
    }

    /// <summary>Answers "Bảy cộng hai bằng mấy?" (or, on the English page, "What is seven plus two?") the way a person would.</summary>
    public static string Solve(string question)
    {
        var text = question.Replace("*", string.Empty).Trim();
        var english = text.StartsWith("What is ", StringComparison.Ordinal);
        text = english ? text["What is ".Length..text.IndexOf('?', StringComparison.Ordinal)] : text[..text.IndexOf(" bằng mấy", StringComparison.Ordinal)];
        var (plusWord, minusWord) = english ? (" plus ", " minus ") : (" cộng ", " trừ ");
        var plus = text.Contains(plusWord, StringComparison.Ordinal);
        var parts = text.Split(plus ? plusWord : minusWord);
        var (a, b) = (FeedbackChallenge.ParseNumber(parts[0])!.Value, FeedbackChallenge.ParseNumber(parts[1])!.Value);
        return (plus ? a + b : a - b).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Submits a question and returns its tracking code (from the redirect to the tracking page).</summary>
    public static async Task<string> SubmitQuestionAsync(this HttpClient client, string question, string? email = Email, Dictionary<string, string>? more = null)
    {
        var fields = Fields(question, email);
        foreach (var (k, v) in more ?? [])
        {
            fields[k] = v;
        }

        var response = await client.SubmitAsync(fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(FeedbackUrls.TrackPage + "?ma=", location);
        return Uri.UnescapeDataString(location.Split("ma=")[1].Split('&')[0]);
    }

    public static async Task<Guid> ItemIdAsync(this ParPortalFactory factory, string trackingCode)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<FeedbackVersion>().Where(v => v.TrackingCode == trackingCode && v.IsLatest).Select(v => v.ContentItemId).SingleAsync();
    }

    public static async Task<int> QuestionCountAsync(this ParPortalFactory factory)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).ContentItems.CountAsync(i => i.ContentType == "Feedback");
    }

    /// <summary>Users for the workflow: an editor, and a contributor in each of the two test units.</summary>
    public static async Task<(HttpClient Editor, HttpClient UnitA, HttpClient UnitB)> WorkflowClientsAsync(this ParPortalFactory factory)
    {
        await factory.SeedUnitsAsync();
        await factory.EnsureUserAsync("bientap-hd", "Editor");
        await factory.EnsureUserAsync("ctv-a-hd", "Contributor", AdminTestData.UnitA);
        await factory.EnsureUserAsync("ctv-b-hd", "Contributor", AdminTestData.UnitB);
        return (await factory.ApiClientAsync("bientap-hd"), await factory.ApiClientAsync("ctv-a-hd"), await factory.ApiClientAsync("ctv-b-hd"));
    }

    /// <summary>Assigns to unit A, has unit A answer and send it, and has the editor approve: the question is published.</summary>
    public static async Task AnswerAndApproveAsync(HttpClient editor, HttpClient unitA, Guid id, string answer)
    {
        await Ok(await editor.PostAsJsonAsync($"/api/feedback/{id}/assign", new { unit = AdminTestData.UnitA }));
        var version = (await unitA.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/feedback/{id}")).GetProperty("version").GetInt32();
        await Ok(await unitA.PostAsJsonAsync($"/api/feedback/{id}/answer", new { baseVersion = version, answer, submit = true }));
        await Ok(await editor.PostAsync($"/api/feedback/{id}/approve", null));
    }

    /// <summary>Every cell of a one-sheet workbook, shared strings resolved, joined by "|".</summary>
    public static string XlsxText(byte[] bytes)
    {
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var shared = book.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return string.Join("|", book.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Select(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText));
    }

    public static async Task Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
