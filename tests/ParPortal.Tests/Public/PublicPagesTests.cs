using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>The public pages over the demo content (read only).</summary>
public sealed partial class PublicPagesTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_ShowsQuickLinksLatestNewsAndAgency_WhenDemoLoaded()
    {
        var page = await _client.GetPageAsync("/");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var quick = page.QuerySelectorAll(".quick a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/thu-tuc", quick);
        Assert.Contains("/duong-day-nong", quick);
        Assert.Contains("/chi-so/parindex", quick);
        Assert.Contains("/van-ban", quick);
        Assert.Contains("Sở Xây dựng tỉnh Quảng Trị", page.QuerySelector(".brand .agency")!.TextContent);
        Assert.True(page.QuerySelectorAll("main .items a[href^='/tin-bai/']").Length >= 5);

        var search = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/tim-kiem", search.GetAttribute("action"));
        Assert.Equal("get", search.GetAttribute("method"));
        Assert.NotNull(search.QuerySelector("input[name=q]"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("main#main"));

        var org = JsonLdOf(page, "GovernmentOrganization");
        Assert.Equal("Sở Xây dựng tỉnh Quảng Trị", org.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ArticleList_FiltersByTopicAndYear_WhenQueryGiven()
    {
        var all = await _client.GetPageAsync("/tin-bai");
        var filtered = await _client.GetPageAsync("/tin-bai?chu-de=chi-so-cchc&nam=2025");

        var total = CountOf(all);
        var some = CountOf(filtered);
        Assert.InRange(some, 1, total - 1);
        await using var scope = factory.Scope();
        var expected = await factory.Db(scope).Articles.Where(v => v.IsPublished && v.Topics.Any(t => t.Slug == "chi-so-cchc")).Select(v => v.PublishedUtc!.Value).ToListAsync();
        Assert.Equal(expected.Count(d => d.AddHours(7).Year == 2025), some);
    }

    [Fact]
    public async Task ArticleDetail_RendersBodyDateTopicsAndNewsArticle_WhenPublished()
    {
        var page = await _client.GetPageAsync("/tin-bai/so-giao-thong-van-tai-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024");

        Assert.Equal("Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2024", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("ngày 12 tháng 1 năm 2024", page.QuerySelector(".byline time")!.TextContent);
        Assert.Equal("Tám nhóm nhiệm vụ trọng tâm", page.QuerySelector(".body h2")!.TextContent);
        Assert.Equal(8, page.QuerySelectorAll(".body li").Length);
        Assert.Contains(page.QuerySelectorAll(".tags a"), a => a.GetAttribute("href") == "/chu-de/chi-dao-dieu-hanh");
        Assert.EndsWith("/tin-bai/so-giao-thong-van-tai-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));

        var ld = JsonLdOf(page, "NewsArticle");
        Assert.Equal("Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2024", ld.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task ProcedureDetail_ShowsEverySection_WhenPublished()
    {
        var page = await _client.GetPageAsync("/thu-tuc/cap-giay-phep-kinh-doanh-van-tai-bang-xe-o-to");

        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("1.002861.000.00.00.H50", facts);
        Assert.Contains("Đường bộ", facts);
        Assert.Contains("Cấp Tỉnh", facts);
        Assert.Contains("Giám đốc Sở Xây dựng tỉnh Quảng Trị", facts);
        Assert.Contains("Dịch vụ công trực tuyến toàn trình", facts);

        var channels = page.QuerySelector("table.channels")!;
        Assert.Equal(3, channels.QuerySelectorAll("th[scope=col]").Length);
        var rows = channels.Rows();
        Assert.Equal(["Trực tiếp", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "200.000 đồng/giấy phép"], rows[0]);
        Assert.Equal("200.000 đồng/giấy phép (thanh toán trực tuyến)", rows[1][2]);

        Assert.Equal(4, page.QuerySelectorAll("ol.steps li").Length);
        var dossier = page.QuerySelector("table.dossier")!.Rows();
        Assert.Equal(["Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô", "1", "0", "Mẫu số 01 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP"], dossier[0]);
        Assert.NotEmpty(page.QuerySelector("table.legal")!.Rows());
        Assert.NotEmpty(page.QuerySelector("table.history")!.Rows());
        foreach (var id in new[] { "trinh-tu", "cach-thuc", "ho-so", "yeu-cau", "ket-qua", "can-cu", "lich-su" })
        {
            Assert.NotNull(page.GetElementById(id));
        }

        var ld = JsonLdOf(page, "GovernmentService");
        Assert.Equal("1.002861.000.00.00.H50", ld.GetProperty("identifier").GetString());
    }

    [Theory]
    [InlineData("1.002861", 1)]
    [InlineData("1.002861.000.00.00.H50", 1)]
    [InlineData("9.999999", 0)]
    public async Task ProcedureList_FindsByCode_ExactOrPrefix(string code, int expected)
    {
        var page = await _client.GetPageAsync($"/thu-tuc?ma={Uri.EscapeDataString(code)}");

        var links = page.QuerySelectorAll("main .items a[href^='/thu-tuc/']");
        Assert.Equal(expected, links.Length);
        if (expected == 1)
        {
            Assert.Equal("/thu-tuc/cap-giay-phep-kinh-doanh-van-tai-bang-xe-o-to", links[0].GetAttribute("href"));
        }
    }

    [Fact]
    public async Task ProcedureList_FiltersByLevelAndOnlineLevel()
    {
        var all = CountOf(await _client.GetPageAsync("/thu-tuc"));
        var partly = CountOf(await _client.GetPageAsync("/thu-tuc?truc-tuyen=mot-phan"));
        var full = CountOf(await _client.GetPageAsync("/thu-tuc?truc-tuyen=toan-trinh"));
        var none = CountOf(await _client.GetPageAsync("/thu-tuc?truc-tuyen=khong"));

        Assert.Equal(all, partly + full + none);
        Assert.InRange(partly, 1, all - 1);
        Assert.Equal(all, CountOf(await _client.GetPageAsync("/thu-tuc?cap=tinh")) + CountOf(await _client.GetPageAsync("/thu-tuc?cap=xa"))
            + CountOf(await _client.GetPageAsync("/thu-tuc?cap=bo")) + CountOf(await _client.GetPageAsync("/thu-tuc?cap=huyen")));
    }

    [Theory]
    [InlineData("03/KH-SGTVT")]
    [InlineData("03 / kh-sgtvt")]
    public async Task DocumentList_FindsByNumber_IgnoringCaseAndSpacing(string number)
    {
        var page = await _client.GetPageAsync($"/van-ban?so={Uri.EscapeDataString(number)}");

        var rows = page.QuerySelectorAll("table.data tbody tr");
        Assert.Single(rows);
        Assert.Equal("03/KH-SGTVT", rows[0].QuerySelector("th a")!.TextContent);
    }

    [Fact]
    public async Task DocumentDetail_LinksItsFiles()
    {
        var list = await _client.GetPageAsync("/van-ban?so=03/KH-SGTVT");
        var href = list.QuerySelector("table.data tbody th a")!.GetAttribute("href")!;

        var page = await _client.GetPageAsync(href);

        Assert.Contains("03/KH-SGTVT", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("ngày 9 tháng 1 năm 2024", page.QuerySelector("dl.facts")!.TextContent);
        // The demo ships the file; the importer stored it in the media library, so the link downloads a real PDF.
        var link = Assert.Single(page.QuerySelectorAll(".files a"), a => a.TextContent.Trim().EndsWith("03-KH-SGTVT.pdf", StringComparison.Ordinal));
        Assert.Matches("^/media/[0-9a-f]{32}/original\\.pdf$", link.GetAttribute("href"));
        using var download = await _client.GetAsync(link.GetAttribute("href"));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync(), 0, 5));
    }

    [Fact]
    public async Task Hotlines_HaveDigitOnlyTelLinksAndMailto()
    {
        var page = await _client.GetPageAsync("/duong-day-nong");

        var tel = page.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(tel);
        Assert.All(tel, t => Assert.Matches(@"^tel:\+?[0-9]{6,}$", t));
        Assert.Contains("tel:02333852001", tel);
        Assert.Contains(page.QuerySelectorAll("a[href^='mailto:']"), a => a.GetAttribute("href") == "mailto:giamdoc.sxd@example.gov.vn");
        Assert.NotEmpty(page.QuerySelectorAll("main h2"));
    }

    [Fact]
    public async Task Hotlines_HaveTheAnchorsThatSearchResultsLinkTo()
    {
        var page = await _client.GetPageAsync("/duong-day-nong");
        using var search = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=duong%20day%20nong&type=Hotline"));

        var links = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, url =>
        {
            Assert.StartsWith("/duong-day-nong#", url);
            Assert.NotNull(page.GetElementById(url["/duong-day-nong#".Length..]));
        });
    }

    [Fact]
    public async Task IndexPage_ChartsCarryValuesAndLabels_AndTablesRepeatThem()
    {
        var page = await _client.GetPageAsync("/chi-so/parindex");

        var scorecard = page.QuerySelector(".scorecard")!.TextContent;
        Assert.Contains("88,14%", scorecard);
        Assert.Contains("17/34", scorecard);
        Assert.Contains("Nhóm B", scorecard);
        Assert.Contains("+1,12", scorecard);

        var trend = page.QuerySelector("svg#trend, svg[aria-labelledby^='trend']")!;
        Assert.Equal("img", trend.GetAttribute("role"));
        Assert.NotNull(trend.QuerySelector("title"));
        Assert.NotNull(trend.QuerySelector("desc"));
        var trendTexts = trend.QuerySelectorAll("text").Select(t => t.TextContent).ToHashSet();
        var trendRows = page.QuerySelector("table.trend")!.Rows();
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], trendRows.Select(r => r[0]));
        Assert.Equal(["82,95", "80,47", "84,31", "87,02", "88,14"], trendRows.Select(r => r[1]));
        Assert.All(trendRows, r => Assert.Contains(r[0], trendTexts));
        Assert.All(trendRows, r => Assert.Contains(r[1], trendTexts));

        var components = page.QuerySelector("svg[aria-labelledby^='components']")!;
        var componentText = string.Join(" ", components.QuerySelectorAll("text").Select(t => t.TextContent));
        var componentRows = page.QuerySelector("table.components")!.Rows();
        Assert.Equal(8, componentRows.Count);
        Assert.All(componentRows, r => Assert.Contains($"{r[1]}/{r[2]}", componentText));
        Assert.Contains("Cải cách thể chế", componentText);
        Assert.NotNull(page.QuerySelector("table.components caption"));
        Assert.NotEmpty(page.QuerySelectorAll("table.components th[scope=row]"));
    }

    [Fact]
    public async Task IndexList_ShowsLatestResultOfEachIndex()
    {
        var page = await _client.GetPageAsync("/chi-so");

        var parIndex = page.QuerySelector("a[href='/chi-so/parindex']")!.Closest("li")!;
        Assert.Contains("88,14%", parIndex.TextContent);
        Assert.Contains("2025", parIndex.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/chi-so/pci']"));
    }
}
