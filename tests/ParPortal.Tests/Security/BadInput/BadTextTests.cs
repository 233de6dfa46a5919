using System.Text;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>
/// Hostile text in every text field of every content type, through the API and through the admin form: control
/// characters, lone surrogates, non-characters, decomposed Vietnamese and over-long values are cleaned or refused at
/// the input boundary; nothing stored breaks a feed, an export or a page.
/// </summary>
public sealed class BadTextTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Texts that must lose their bad characters (and the result is still a valid value).</summary>
    private static readonly string[] Dirty =
    [
        "Tin \u0001 thử", "\u0000Tin thử", "Tin thử\u0008", "Tin\u000b thử", "Tin\u000c thử", "Tin\u001b[31m thử", "Tin\u007f thử", "Tin\u0085 thử",
        "Tin\u009b thử", "Tin \ud800 thử", "Tin \udc00 thử", "Tin \ufffe thử", "Tin \uffff thử", "Thu\u0309 tu\u0323c", "\u202eTin thử", "Tin\r\nthử",
        "<script>alert(1)</script>Tin", "Tin &amp; thử", "Tin 😀 thử", "\u200bTin thử",
    ];

    private static readonly (string Type, string[] Fields, string Base)[] Types =
    [
        ("Hotline", ["title", "summary", "purpose", "contactName", "contactTitle", "address", "workingHours"], """{"type":"Hotline","title":"Đường dây nóng","unit":"TEST-A","purpose":"Phản ánh","phones":["0233 3852 000"]}"""),
        ("Article", ["title", "summary", "author", "source", "imageCaption"], """{"type":"Article","title":"Tin","body":"<p>Nội dung</p>","unit":"TEST-A"}"""),
        ("Document", ["title", "number", "documentType", "issuer", "signer"], """{"type":"Document","title":"Kế hoạch","number":"12/KH-UBND","documentType":"Kế hoạch","unit":"TEST-A"}"""),
        ("Procedure", ["title", "field", "implementingAgency", "requirements", "statusNote"], """{"type":"Procedure","title":"Cấp phép","code":"CODE","field":"Đường bộ","level":"Tinh","unit":"TEST-A"}"""),
    ];

    [Fact]
    public async Task ContentApi_StoresCleanText_WhateverCharactersEveryFieldReceives()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bt-editor", Roles.Editor);
        using var api = await factory.ApiClientAsync("bt-editor");
        var harness = new BadInputHarness(factory, output);
        var n = 0;

        foreach (var (type, fields, body) in Types)
        {
            foreach (var field in fields)
            {
                foreach (var text in Dirty.Where((_, i) => (i + field.Length) % 3 == 0 || field == "title"))
                {
                    var json = With(body.Replace("CODE", "1.00" + (++n).ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), field, text);
                    await harness.CheckAsync($"{type}.{field} = {Escape(text)}", () => api.PostAsync("/api/content", AdminTestData.Json(json)), Expect.Either);
                }
            }

            // Over-long values are refused with the field named.
            await harness.CheckAsync($"{type}.title too long", () => api.PostAsync("/api/content", AdminTestData.Json(With(body.Replace("CODE", "9.9", StringComparison.Ordinal), "title", new string('Đ', 501)))), Expect.Refused);
            await harness.CheckAsync($"{type}.summary too long", () => api.PostAsync("/api/content", AdminTestData.Json(With(body.Replace("CODE", "9.8", StringComparison.Ordinal), "summary", new string('a', 2001)))), Expect.Refused);
        }

        await harness.AssertStoredContentIsCleanAsync();
        using var reader = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync("/rss.xml")).StatusCode);
        harness.AssertNoFailures(atLeast: 60);
    }

    [Fact]
    public async Task AdminForm_StoresCleanText_WhenFieldsCarryControlCharacters()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bt-form", Roles.Editor);
        using var admin = await factory.LoginAsync("bt-form");
        var harness = new BadInputHarness(factory, output);

        foreach (var text in Dirty)
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Title"] = text,
                ["Input.Unit"] = AdminTestData.UnitA,
                ["Input.Purpose"] = "Phản ánh " + text,
                ["Input.Phones"] = "0233 3852 000\n" + text,
                ["Input.Address"] = text,
            };
            await harness.CheckAsync("form Hotline " + Escape(text), () => admin.PostFormAsync("/admin/content/new/Hotline", fields), Expect.Either, isForm: true);
        }

        await harness.AssertStoredContentIsCleanAsync();
        harness.AssertNoFailures(atLeast: 20);
    }

    /// <summary>The JSON with one field set, escaped by hand: a serializer refuses to write a lone surrogate, a client may not.</summary>
    private static string With(string json, string field, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node[field] = "__VALUE__";
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return node.ToJsonString().Replace("\"__VALUE__\"", escaped.Append('"').ToString(), StringComparison.Ordinal);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c is >= '\u007f' and <= '\u009f' or '\ufffe' or '\uffff' ? $"\\u{(int)c:x4}" : c.ToString()));
}
