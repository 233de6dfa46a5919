using ParPortal.Features.Search;

namespace ParPortal.Bench;

/// <summary>Generates realistic CCHC search documents from fixed word lists with a fixed seed.</summary>
internal static class SearchCorpusGenerator
{
    public static readonly string[] Fields =
    [
        "hộ tịch", "đất đai", "xây dựng", "đầu tư", "doanh nghiệp", "giao thông vận tải", "lao động", "bảo hiểm xã hội",
        "giáo dục và đào tạo", "y tế", "tài nguyên nước", "môi trường", "nông nghiệp", "thủy lợi", "lâm nghiệp", "tư pháp",
        "chứng thực", "nuôi con nuôi", "quốc tịch", "văn hóa", "du lịch", "thể thao", "thông tin và truyền thông", "nội vụ",
        "thi đua khen thưởng", "tôn giáo", "thanh tra", "khiếu nại tố cáo", "tài chính", "thuế", "hải quan", "công thương",
    ];

    private static readonly string[] Actions =
    [
        "Cấp giấy phép", "Cấp lại giấy phép", "Gia hạn giấy phép", "Đăng ký", "Đăng ký thay đổi", "Thẩm định hồ sơ",
        "Cấp giấy chứng nhận", "Cấp đổi giấy chứng nhận", "Xác nhận", "Công nhận", "Phê duyệt", "Thu hồi giấy phép",
        "Điều chỉnh", "Chứng thực bản sao", "Giải quyết", "Cấp phiếu", "Đăng ký biến động", "Hỗ trợ",
    ];

    private static readonly string[] Objects =
    [
        "khai sinh", "khai tử", "kết hôn", "quyền sử dụng đất", "nhà ở riêng lẻ", "hộ kinh doanh", "giấy phép lái xe",
        "lý lịch tư pháp", "hợp đồng lao động", "trợ cấp thất nghiệp", "cơ sở giáo dục", "phòng khám tư nhân",
        "khai thác nước ngầm", "đánh giá tác động môi trường", "công trình thủy lợi", "trang trại", "chữ ký",
        "hợp đồng giao dịch", "quốc tịch Việt Nam", "di tích lịch sử", "cơ sở lưu trú du lịch", "câu lạc bộ thể thao",
        "trang thông tin điện tử", "hội quần chúng", "danh hiệu thi đua", "hoạt động tôn giáo", "đơn khiếu nại",
        "hóa đơn điện tử", "mã số thuế", "cửa hàng xăng dầu", "rượu bán lẻ", "thuốc lá",
    ];

    private static readonly string[] DocKinds = ["Kế hoạch", "Quyết định", "Báo cáo", "Công văn", "Thông báo", "Chỉ thị", "Hướng dẫn"];

    private static readonly string[] DocSymbols = ["KH", "QĐ", "BC", "CV", "TB", "CT", "HD"];

    private static readonly string[] DocSubjects =
    [
        "cải cách hành chính", "chuyển đổi số", "kiểm soát thủ tục hành chính", "nâng cao chỉ số PAR INDEX",
        "cải thiện chỉ số SIPAS", "thực hiện cơ chế một cửa, một cửa liên thông", "số hóa hồ sơ, kết quả giải quyết",
        "tuyên truyền cải cách hành chính", "kiểm tra công tác cải cách hành chính", "xây dựng chính quyền điện tử",
        "sắp xếp tổ chức bộ máy", "tinh giản biên chế", "văn hóa công vụ", "dịch vụ công trực tuyến toàn trình",
        "đánh giá chất lượng phục vụ người dân", "cắt giảm, đơn giản hóa thủ tục hành chính", "ứng dụng công nghệ thông tin",
    ];

    private static readonly string[] ArticleOpeners =
    [
        "Hội nghị tổng kết", "Tập huấn", "Kiểm tra", "Đẩy mạnh", "Triển khai", "Nâng cao hiệu quả", "Sơ kết",
        "Tuyên truyền", "Hội thi tìm hiểu", "Đối thoại về", "Khảo sát", "Hướng dẫn người dân",
    ];

    private static readonly string[] Places =
    [
        "Hòa Bình", "Thủy Nguyên", "Đồng Hới", "Quảng Ninh", "Hải Phòng", "Lạng Sơn", "Điện Biên", "Khánh Hòa", "Đắk Lắk",
        "Thái Nguyên", "Hưng Yên", "Nghệ An", "Thanh Hóa", "Quảng Trị", "Lâm Đồng", "Cần Thơ", "Cà Mau", "An Giang",
    ];

    private static readonly string[] Sentences =
    [
        "Người dân nộp hồ sơ trực tiếp tại bộ phận một cửa hoặc trực tuyến trên Cổng dịch vụ công quốc gia.",
        "Thời hạn giải quyết là {n} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Phí, lệ phí theo quy định; trường hợp nộp trực tuyến được giảm {n} phần trăm.",
        "Cơ quan thực hiện là Ủy ban nhân dân cấp xã nơi người yêu cầu cư trú.",
        "Thành phần hồ sơ gồm tờ khai theo mẫu, bản sao giấy tờ tùy thân và giấy tờ chứng minh.",
        "Kết quả giải quyết được trả qua dịch vụ bưu chính công ích hoặc trên tài khoản định danh điện tử.",
        "Năm {y}, tỉnh tiếp nhận {n} nghìn hồ sơ, tỷ lệ giải quyết đúng hạn đạt trên chín mươi phần trăm.",
        "Các sở, ngành rà soát, đề xuất cắt giảm thủ tục hành chính không còn phù hợp.",
        "Công chức bộ phận một cửa hướng dẫn tận tình, không để người dân đi lại nhiều lần.",
        "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tăng so với năm trước.",
        "Ủy ban nhân dân tỉnh yêu cầu người đứng đầu chịu trách nhiệm về kết quả cải cách hành chính.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện đồng bộ.",
        "Hội nghị đã biểu dương các tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính.",
        "Sau khi sắp xếp đơn vị hành chính, cấp xã tiếp nhận thêm nhiều thủ tục thuộc lĩnh vực đất đai và xây dựng.",
        "Đường dây nóng tiếp nhận phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính.",
        "Văn bản được gửi các cơ quan, đơn vị để biết và tổ chức thực hiện.",
        "Khuyến khích người dân sử dụng dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác.",
        "Đoàn kiểm tra làm việc tại {p}, ghi nhận nhiều cách làm hay trong giải quyết hồ sơ.",
        "Tỉnh {p} xếp hạng {n} về chỉ số cải cách hành chính.",
        "Người sử dụng đất thực hiện đăng ký biến động khi chuyển nhượng, tặng cho quyền sử dụng đất.",
        "Hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh do cơ sở y tế cấp.",
        "Việc chứng thực bản sao từ bản chính được thực hiện tại Ủy ban nhân dân cấp xã.",
        "Doanh nghiệp thành lập mới được hướng dẫn đăng ký mã số thuế và hóa đơn điện tử.",
    ];

    public static readonly string[] Topics =
    [
        "cchc", "chuyen-doi-so", "ho-tich", "dat-dai", "xay-dung", "dau-tu", "doanh-nghiep", "giao-thong", "lao-dong",
        "giao-duc", "y-te", "moi-truong", "nong-nghiep", "tu-phap", "van-hoa", "noi-vu", "tai-chinh", "thue", "chi-so", "to-chuc",
    ];

    public static readonly (string Code, string Name)[] Units = Enumerable.Range(0, 30)
        .Select(i => i < Fields.Length ? ($"SO-{i:00}", "Sở " + Fields[i]) : ($"XA-{i:00}", "UBND xã số " + i))
        .ToArray();

    public static IEnumerable<SearchDocument> Generate(int count, int seed = 20251101)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            var year = 2015 + random.Next(11);
            var date = new DateTimeOffset(year, 1 + random.Next(12), 1 + random.Next(28), random.Next(24), 0, 0, TimeSpan.FromHours(7));
            var unit = Units[random.Next(Units.Length)];
            var topics = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Topics[random.Next(Topics.Length)]).Distinct().ToArray();
            string type, title, summary;
            string? code = null;
            if (roll < 30)
            {
                type = "Procedure";
                var field = Fields[random.Next(Fields.Length)];
                title = $"{Actions[random.Next(Actions.Length)]} {Objects[random.Next(Objects.Length)]}";
                code = $"{1 + random.Next(2)}.{random.Next(1_000_000):000000}";
                summary = $"Thủ tục hành chính lĩnh vực {field}, cấp {(random.Next(2) == 0 ? "tỉnh" : "xã")}.";
            }
            else if (roll < 55)
            {
                type = "Document";
                var kind = random.Next(DocKinds.Length);
                title = $"{DocKinds[kind]} {DocSubjects[random.Next(DocSubjects.Length)]} năm {year}";
                code = $"{1 + random.Next(3000)}/{DocSymbols[kind]}-UBND";
                summary = $"{DocKinds[kind]} của Ủy ban nhân dân tỉnh về {DocSubjects[random.Next(DocSubjects.Length)]}.";
            }
            else if (roll < 95)
            {
                type = "Article";
                title = $"{ArticleOpeners[random.Next(ArticleOpeners.Length)]} {DocSubjects[random.Next(DocSubjects.Length)]} tại {Places[random.Next(Places.Length)]}";
                summary = $"Tin hoạt động về {DocSubjects[random.Next(DocSubjects.Length)]} năm {year}.";
            }
            else if (roll < 97)
            {
                type = "Hotline";
                title = $"Đường dây nóng tiếp nhận phản ánh về {Fields[random.Next(Fields.Length)]}";
                summary = "Tiếp nhận phản ánh, kiến nghị về thủ tục hành chính.";
            }
            else
            {
                type = "IndexResult";
                var index = new[] { "PAR INDEX", "SIPAS", "PCI", "PAPI", "DTI", "DDCI" }[random.Next(6)];
                title = $"Chỉ số {index} năm {year} của tỉnh {Places[random.Next(Places.Length)]}";
                summary = $"Kết quả {index} năm {year}.";
            }
            var sentences = 4 + random.Next(12);
            var body = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Length)]
                .Replace("{n}", random.Next(2, 60).ToString(), StringComparison.Ordinal)
                .Replace("{y}", year.ToString(), StringComparison.Ordinal)
                .Replace("{p}", Places[random.Next(Places.Length)], StringComparison.Ordinal)));
            var id = new Guid(i, (short)(i >> 16), 0x4000, [0x80, 0, 0, 0, 0, 0, 0, (byte)(i & 0xff)]);
            yield return new SearchDocument(id, type, true, title, summary, body, code, topics, unit.Code, unit.Name, date, $"/cchc/{type.ToLowerInvariant()}/{i}");
        }
    }
}
