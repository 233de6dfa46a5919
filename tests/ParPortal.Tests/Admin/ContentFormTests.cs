using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Procedures;
using ParPortal.Procedures;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Admin;

/// <summary>
/// Creating each content type through its real admin form (antiforgery included): valid posts redirect to the item
/// with every field saved; invalid posts come back with the Vietnamese message next to the field and save nothing.
/// Tests share one host; each uses its own titles.
/// </summary>
public sealed partial class ContentFormTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private Task<HttpClient> AdminAsync() => factory.AdminClientAsync();

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The error shown in the element with id "err-{field}", as a user (or a screen reader) finds it.</summary>
    private static async Task<string> ErrorNextToAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return doc.GetElementById("err-" + field)?.TextContent.Trim() ?? string.Empty;
    }

    [Fact]
    public async Task DocumentForm_SavesEveryField_WhenValid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Document", new()
        {
            ["Input.Title"] = "Kế hoạch CCHC năm 2026 (form)",
            ["Input.Unit"] = AdminTestData.UnitA,
            ["Input.Number"] = "826/KH-UBND",
            ["Input.DocumentType"] = "Kế hoạch",
            ["Input.Issuer"] = "UBND tỉnh",
            ["Input.Signer"] = "Nguyễn Văn A",
            ["Input.IssueDate"] = "2026-01-15",
            ["Input.EffectiveDate"] = "2026-01-20",
            ["Input.ExpiryDate"] = "2026-12-31",
            ["Input.ReplacedBy"] = "900/KH-UBND",
            ["Input.FilesText"] = "Kế hoạch 826.pdf | /media/kh-826.pdf\nPhụ lục.docx | /media/phu-luc.docx",
        });

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Documents.Include(d => d.Unit).SingleAsync(d => d.ContentItemId == id);
        Assert.Equal(("826/KH-UBND", "Kế hoạch", "UBND tỉnh", "Nguyễn Văn A", "900/KH-UBND"), (v.Number, v.DocumentType, v.Issuer, v.Signer, v.ReplacedBy));
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 20), new DateOnly(2026, 12, 31)), (v.IssueDate!.Value, v.EffectiveDate!.Value, v.ExpiryDate!.Value));
        Assert.Equal(AdminTestData.UnitA, v.Unit!.Code);
        Assert.Equal(["Kế hoạch 826.pdf", "Phụ lục.docx"], v.Files.Select(f => f.Name));
        Assert.Equal("/media/phu-luc.docx", v.Files[1].Url);
    }

    [Fact]
    public async Task DocumentForm_ShowsErrorsAndSavesNothing_WhenDatesAreBackwardsAndAFileRowIsMalformed()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Document", new()
        {
            ["Input.Title"] = "Văn bản sai ngày (form)",
            ["Input.Number"] = "1/QĐ",
            ["Input.DocumentType"] = "Quyết định",
            ["Input.IssueDate"] = "2026-02-01",
            ["Input.EffectiveDate"] = "2026-01-01",
            ["Input.FilesText"] = "/media/a.pdf\nchỉ có tên",
        });

        Assert.Equal("Ngày hiệu lực không được trước ngày ban hành.", await ErrorNextToAsync(response, "effectiveDate"));
        Assert.Contains("Dòng 2 của “Tệp đính kèm”", await ErrorNextToAsync(response, "files"));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "Văn bản sai ngày (form)"));
    }

    [Fact]
    public async Task ProcedureForm_SavesEveryField_WhenValid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Procedure", new()
        {
            ["Input.Title"] = "Đăng ký đất đai lần đầu (form)",
            ["Input.Code"] = "1.001193.000.00.00.H29",
            ["Input.Field"] = "Đất đai",
            ["Input.Level"] = "Xa",
            ["Input.ImplementingAgency"] = "UBND xã",
            ["Input.DecidingAgency"] = "UBND tỉnh",
            ["Input.Subjects"] = "Công dân Việt Nam",
            ["Input.ChannelsText"] = "Trực tiếp | 05 ngày làm việc | 50.000 đồng\ntruc tuyen | 03 ngày làm việc | Không\nBưu chính công ích | 05 ngày làm việc |",
            ["Input.StepsText"] = "Nộp hồ sơ\n\nNhận kết quả",
            ["Input.DossierText"] = "Đơn đăng ký | 1 | 0 | /media/mau-don.docx\nGiấy tờ tùy thân | 0 | 1",
            ["Input.Requirements"] = "Không",
            ["Input.Results"] = "Giấy chứng nhận",
            ["Input.LegalBasesText"] = "31/2024/QH15 | Luật Đất đai | 18/01/2024 | Quốc hội",
            ["Input.OnlineLevel"] = "ToanTrinh",
            ["Input.LegacyLevel"] = "Mức độ 4",
            ["Input.PortalUrl"] = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
            ["Input.AnnouncingDecision"] = "Quyết định số 123/QĐ-UBND",
            ["Input.Status"] = "Amended",
            ["Input.StatusNote"] = "Sửa đổi theo Quyết định 456",
        });

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Procedures.SingleAsync(p => p.ContentItemId == id);
        Assert.Equal(("1.001193.000.00.00.H29", "Đất đai", ProcedureLevel.Xa, OnlineServiceLevel.ToanTrinh, ProcedureStatus.Amended), (v.Code, v.Field, v.Level, v.OnlineLevel, v.Status));
        Assert.Equal(("UBND xã", "UBND tỉnh", "Công dân Việt Nam", "Không", "Giấy chứng nhận"), (v.ImplementingAgency, v.DecidingAgency, v.Subjects, v.Requirements, v.Results));
        Assert.Equal(("Mức độ 4", "Quyết định số 123/QĐ-UBND", "Sửa đổi theo Quyết định 456"), (v.LegacyLevel, v.AnnouncingDecision, v.StatusNote));
        Assert.StartsWith("https://dichvucong.gov.vn/", v.PortalUrl);
        Assert.Equal([SubmissionChannel.TrucTiep, SubmissionChannel.TrucTuyen, SubmissionChannel.BuuChinh], v.Channels.Select(c => c.Channel));
        Assert.Equal(("05 ngày làm việc", "50.000 đồng"), (v.Channels[0].ProcessingTime, v.Channels[0].Fee));
        Assert.Null(v.Channels[2].Fee);
        Assert.Equal(["Nộp hồ sơ", "Nhận kết quả"], v.Steps);
        Assert.Equal(("Đơn đăng ký", 1, 0, "/media/mau-don.docx"), (v.Dossier[0].Name, v.Dossier[0].Originals, v.Dossier[0].Copies, v.Dossier[0].FormTemplate));
        Assert.Equal((0, 1), (v.Dossier[1].Originals, v.Dossier[1].Copies));
        Assert.Equal(("31/2024/QH15", "Luật Đất đai", new DateOnly(2024, 1, 18), "Quốc hội"), (v.LegalBases[0].Number, v.LegalBases[0].Title, v.LegalBases[0].Date!.Value, v.LegalBases[0].Issuer));

        // The edit form shows the lists back as the same text rows.
        var edit = new HtmlParser().ParseDocument(await (await client.GetAsync($"/admin/content/{id}/edit")).Content.ReadAsStringAsync());
        Assert.Equal("Trực tiếp | 05 ngày làm việc | 50.000 đồng\nTrực tuyến | 03 ngày làm việc | Không\nDịch vụ bưu chính công ích | 05 ngày làm việc", edit.GetElementById("Input_ChannelsText")!.TextContent.Trim());
        Assert.Equal("31/2024/QH15 | Luật Đất đai | 18/01/2024 | Quốc hội", edit.GetElementById("Input_LegalBasesText")!.TextContent.Trim());
        Assert.Equal("Amended", edit.QuerySelector("#Input_Status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ProcedureForm_NamesTheLine_WhenARowIsMalformed()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Procedure", new()
        {
            ["Input.Title"] = "Thủ tục dòng sai (form)",
            ["Input.Code"] = "1.000001",
            ["Input.Field"] = "Đất đai",
            ["Input.ChannelsText"] = "Trực tiếp | 05 ngày\nBồ câu đưa thư | 10 ngày",
            ["Input.DossierText"] = "Tờ khai | một | 0",
            ["Input.LegalBasesText"] = "31/2024/QH15 | Luật Đất đai | 31/02/2024",
        });

        Assert.StartsWith("Dòng 2 của “Cách thức thực hiện”: kênh “Bồ câu đưa thư” không hợp lệ", await ErrorNextToAsync(response, "channels"));
        Assert.StartsWith("Dòng 1 của “Thành phần hồ sơ”: số bản chính và số bản sao phải là số nguyên.", await ErrorNextToAsync(response, "dossier"));
        Assert.StartsWith("Dòng 1 của “Căn cứ pháp lý”: ngày “31/02/2024”", await ErrorNextToAsync(response, "legalBases"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Bồ câu đưa thư | 10 ngày", html); // what the user typed comes back to be fixed
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "Thủ tục dòng sai (form)"));
    }

    [Fact]
    public async Task HotlineForm_SavesEveryField_WhenValid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Hotline", new()
        {
            ["Input.Title"] = "Đường dây nóng CCHC (form)",
            ["Input.Unit"] = AdminTestData.UnitB,
            ["Input.Purpose"] = "Phản ánh về thủ tục hành chính",
            ["Input.ContactName"] = "Trần Thị B",
            ["Input.ContactTitle"] = "Chánh Văn phòng",
            ["Input.PhonesText"] = "0236 3822 123\n+84 905 123 456",
            ["Input.Email"] = "cchc@example.gov.vn",
            ["Input.Address"] = "24 Trần Phú",
            ["Input.WorkingHours"] = "Giờ hành chính",
            ["Input.DisplayOrder"] = "3",
        });

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).Hotlines.SingleAsync(h => h.ContentItemId == id);
        Assert.Equal(("Phản ánh về thủ tục hành chính", "Trần Thị B", "Chánh Văn phòng", "cchc@example.gov.vn", "24 Trần Phú", "Giờ hành chính", 3),
            (v.Purpose, v.ContactName, v.ContactTitle, v.Email, v.Address, v.WorkingHours, v.DisplayOrder));
        Assert.Equal(["0236 3822 123", "+84 905 123 456"], v.Phones);
    }

    [Fact]
    public async Task HotlineForm_ShowsThePhoneError_WhenANumberIsInvalid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/Hotline", new()
        {
            ["Input.Title"] = "Đường dây nóng số sai (form)",
            ["Input.Purpose"] = "Phản ánh",
            ["Input.PhonesText"] = "0236 3822 123\ngọi ngay",
            ["Input.Email"] = "không-phải-thư",
            ["Input.DisplayOrder"] = "thứ nhất",
        });

        Assert.Contains("Số điện thoại “gọi ngay” không hợp lệ", await ErrorNextToAsync(response, "phones"));
        Assert.Equal("Địa chỉ thư điện tử không hợp lệ.", await ErrorNextToAsync(response, "email"));
        Assert.Equal("Giá trị “thứ nhất” không hợp lệ.", await ErrorNextToAsync(response, "displayOrder"));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "Đường dây nóng số sai (form)"));
    }

    [Fact]
    public async Task IndexResultForm_SavesEveryField_WhenValid()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/IndexResult", new()
        {
            ["Input.Title"] = "PAR INDEX 2024 (form)",
            ["Input.Index"] = "PARINDEX",
            ["Input.Year"] = "2024",
            ["Input.Subject"] = "Tỉnh Quảng Nam",
            ["Input.ScoreText"] = "85,52",
            ["Input.Scale"] = "Percent",
            ["Input.Rank"] = "5",
            ["Input.RankOf"] = "63",
            ["Input.Group"] = "Nhóm A",
            ["Input.ChangeText"] = "-1.5",
            ["Input.ComponentsText"] = "Cải cách thủ tục hành chính | 9,5 | 10 | 3\nChuyển đổi số | 7.25 | 10",
            ["Input.SourceDocument"] = "Quyết định 1234/QĐ-BNV",
            ["Input.Commentary"] = "/tin-tuc/par-index-2024",
        });

        var id = await CreatedIdAsync(response);
        await using var scope = factory.Scope();
        var v = await factory.Db(scope).IndexResults.SingleAsync(r => r.ContentItemId == id);
        Assert.Equal(("PARINDEX", 2024, "Tỉnh Quảng Nam", 85.52m, ScoreScale.Percent), (v.IndexCode, v.Year, v.Subject, v.Score, v.Scale));
        Assert.Equal((5, 63, "Nhóm A", -1.5m), (v.Rank!.Value, v.RankOf!.Value, v.Group, v.Change!.Value));
        Assert.Equal(("Quyết định 1234/QĐ-BNV", "/tin-tuc/par-index-2024"), (v.SourceDocument, v.Commentary));
        Assert.Equal(new IndexComponent("Cải cách thủ tục hành chính", 9.5m, 10m, 3), v.Components[0]);
        Assert.Equal(new IndexComponent("Chuyển đổi số", 7.25m, 10m, null), v.Components[1]);
    }

    [Fact]
    public async Task IndexResultForm_ShowsRankError_WhenRankExceedsRankOf()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/admin/content/new/IndexResult", new()
        {
            ["Input.Title"] = "SIPAS hạng sai (form)",
            ["Input.Index"] = "SIPAS",
            ["Input.Year"] = "2025",
            ["Input.Subject"] = "Tỉnh",
            ["Input.ScoreText"] = "tám mươi",
            ["Input.Scale"] = "Percent",
            ["Input.Rank"] = "40",
            ["Input.RankOf"] = "34",
        });

        Assert.Equal("Thứ hạng phải từ 1 đến tổng số đơn vị xếp hạng.", await ErrorNextToAsync(response, "rank"));
        Assert.Equal("Điểm phải là một số (ví dụ 8,5 hoặc 8.5).", await ErrorNextToAsync(response, "score"));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).ContentVersions.AnyAsync(v => v.Title == "SIPAS hạng sai (form)"));
    }
}
