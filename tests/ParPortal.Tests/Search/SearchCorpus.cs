using System.Security.Cryptography;
using System.Text;
using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>A fixed corpus of about 40 CCHC documents, each with a short key, for relevance tests.</summary>
public static class SearchCorpus
{
    // Keys must be initialised before Documents, which fills it.
    private static readonly List<string> Keys = [];

    public static IReadOnlyList<SearchDocument> Documents { get; } = Build();

    /// <summary>The stable item id of a corpus key.</summary>
    public static Guid Id(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes(key)));

    public static string KeyOf(Guid id) => Keys.Single(k => Id(k) == id);

    private static SearchDocument Doc(string key, string type, string title, string? summary, string? body, string? code,
        string[] topics, string unit, int year, bool published = true)
    {
        if (published)
        {
            Keys.Add(key);
        }
        var units = new Dictionary<string, string>
        {
            ["UBND-TINH"] = "Ủy ban nhân dân tỉnh",
            ["SO-NV"] = "Sở Nội vụ",
            ["SO-TNMT"] = "Sở Nông nghiệp và Môi trường",
            ["SO-TP"] = "Sở Tư pháp",
        };
        return new SearchDocument(Id(key), type, published, title, summary, body, code, topics, unit, units[unit],
            new DateTimeOffset(year, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)), "/cchc/" + key);
    }

    private static List<SearchDocument> Build() =>
    [
        Doc("khai-sinh", "Procedure", "Đăng ký khai sinh", "Thủ tục hành chính lĩnh vực hộ tịch, cấp xã.",
            "Người đi đăng ký khai sinh nộp tờ khai theo mẫu và giấy chứng sinh.", "1.001193", ["ho-tich"], "SO-TP", 2025),
        Doc("khai-tu", "Procedure", "Đăng ký khai tử", "Thủ tục hành chính lĩnh vực hộ tịch.",
            "Người đi đăng ký khai tử nộp tờ khai và giấy báo tử.", "1.000656", ["ho-tich"], "SO-TP", 2025),
        Doc("ket-hon", "Procedure", "Đăng ký kết hôn", "Thủ tục hộ tịch cấp xã.",
            "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn.", "1.000894", ["ho-tich"], "SO-TP", 2024),
        Doc("gcn-dat", "Procedure", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Thủ tục đất đai cấp tỉnh.",
            "Hồ sơ gồm đơn đăng ký đất đai, giấy tờ về quyền sử dụng đất.", "1.004227", ["dat-dai"], "SO-TNMT", 2025),
        Doc("bien-dong", "Procedure", "Đăng ký biến động đất đai", "Thủ tục đất đai khi chuyển nhượng, tặng cho.",
            "Người sử dụng đất nộp hồ sơ đăng ký biến động tại bộ phận một cửa.", "1.003003", ["dat-dai"], "SO-TNMT", 2024),
        Doc("ly-lich", "Procedure", "Cấp phiếu lý lịch tư pháp", "Thủ tục hành chính lĩnh vực lý lịch tư pháp.",
            "Công dân nộp tờ khai yêu cầu cấp phiếu lý lịch tư pháp trực tuyến toàn trình.", "2.000488", ["tu-phap"], "SO-TP", 2025),
        Doc("khcchc-2025", "Document", "Kế hoạch cải cách hành chính năm 2025", "Kế hoạch của Ủy ban nhân dân tỉnh.",
            "Triển khai cải cách thể chế, cải cách thủ tục hành chính, xây dựng chính quyền số.", "826/KH-UBND", ["cchc"], "UBND-TINH", 2025),
        Doc("qd-cong-bo", "Document", "Quyết định công bố danh mục thủ tục hành chính", "Công bố danh mục mới ban hành.",
            "Danh mục gồm các thủ tục hành chính lĩnh vực hộ tịch và đất đai.", "1234/QĐ-UBND", ["cchc"], "UBND-TINH", 2024),
        Doc("bc-cchc-2023", "Document", "Báo cáo kết quả cải cách hành chính năm 2023", "Báo cáo định kỳ năm.",
            "Kết quả thực hiện các nhiệm vụ trong năm.", "45/BC-UBND", ["cchc"], "UBND-TINH", 2023),
        Doc("tt-thue", "Document", "Thông tư hướng dẫn chính sách thuế", "Văn bản về thuế thu nhập.",
            "Quy định về thuế đối với hộ kinh doanh.", "80/2021/TT-BTC", ["tai-chinh"], "UBND-TINH", 2021),
        Doc("thue-nha", "Article", "Cho thuê nhà công vụ", "Quy trình thuê nhà công vụ cho cán bộ.",
            "Cán bộ được bố trí thuê nhà theo quy định.", null, ["tai-chinh"], "SO-NV", 2024),
        Doc("hoi-nghi-cchc", "Article", "Hội nghị tổng kết công tác cải cách hành chính", "Tổng kết năm 2024.",
            "Hội nghị đánh giá kết quả, biểu dương tập thể tiêu biểu.", null, ["cchc"], "SO-NV", 2024),
        Doc("hoa-binh", "Article", "Tỉnh Hòa Bình đẩy mạnh chuyển đổi số", "Chuyển đổi số trong cơ quan nhà nước.",
            "Người dân Hòa Bình dùng dịch vụ công trực tuyến ngày càng nhiều.", null, ["chuyen-doi-so"], "SO-NV", 2023),
        Doc("thuy-loi", "Article", "Đầu tư công trình thủy lợi", "Nâng cấp kênh mương nội đồng.",
            "Các công trình thủy lợi được bàn giao cho địa phương quản lý.", null, ["nong-nghiep"], "SO-TNMT", 2023),
        Doc("suc-khoe", "Article", "Chăm sóc sức khỏe người cao tuổi", "Khám sức khỏe định kỳ.",
            "Chương trình chăm sóc sức khỏe được triển khai tại trạm y tế xã.", null, ["y-te"], "SO-NV", 2024),
        Doc("quy-1", "Article", "Quý I năm 2025: kết quả giải quyết hồ sơ", "Tỷ lệ hồ sơ đúng hạn tăng.",
            "Trong quý I, bộ phận một cửa tiếp nhận nhiều hồ sơ trực tuyến.", null, ["cchc"], "SO-NV", 2025),
        Doc("tthc-don-gian", "Article", "Thủ tục hành chính được đơn giản hóa", "Cắt giảm thời gian giải quyết.",
            "Nhiều thủ tục hành chính được rút ngắn thời hạn.", null, ["cchc"], "SO-NV", 2025),
        Doc("hanh-chinh-cong", "Article", "Hành chính công: cải cách và thủ tục mới", "Trung tâm phục vụ hành chính công.",
            "Người dân làm thủ tục tại trung tâm.", null, ["cchc"], "SO-NV", 2025),
        Doc("pccc", "Article", "Phòng cháy chữa cháy mùa khô", "Tuyên truyền an toàn.",
            "Diễn tập phương án cứu nạn tại khu dân cư.", null, ["an-ninh"], "SO-NV", 2024),
        Doc("an-toan", "Article", "An toàn khu dân cư", "Tổng kết phong trào.",
            "Phong trào toàn dân bảo vệ an ninh, phòng cháy được chú trọng.", null, ["an-ninh"], "SO-NV", 2024),
        Doc("duong-day-nong", "Hotline", "Đường dây nóng phản ánh thủ tục hành chính", "Tiếp nhận phản ánh, kiến nghị.",
            "Gọi số điện thoại trong giờ hành chính.", null, ["cchc"], "UBND-TINH", 2025),
        Doc("par-index", "IndexResult", "Chỉ số PAR INDEX năm 2024", "Chỉ số cải cách hành chính cấp tỉnh.",
            "Tỉnh xếp hạng 12 trên 63 tỉnh, thành phố.", null, ["chi-so"], "UBND-TINH", 2024),
        Doc("sipas", "IndexResult", "Chỉ số hài lòng SIPAS năm 2023", "Sự hài lòng của người dân.",
            "Mức độ hài lòng về phục vụ hành chính.", null, ["chi-so"], "UBND-TINH", 2023),
        Doc("ky-thuat", "Article", "Hội thảo kỹ thuật số hóa hồ sơ", "Số hóa kết quả giải quyết.",
            "Chuyên gia trình bày giải pháp lưu trữ.", null, ["chuyen-doi-so"], "SO-NV", 2025),
        Doc("cong-chuc", "Article", "Tuyển dụng công chức cấp xã", "Thông báo tuyển dụng.",
            "Thí sinh nộp phiếu đăng ký dự tuyển.", null, ["to-chuc"], "SO-NV", 2025),
        Doc("van-hoa", "Document", "Quy chế văn hóa công sở", "Quy định trang phục, giao tiếp.",
            "Cán bộ đeo thẻ, giữ trật tự nơi làm việc.", "12/QĐ-UBND", ["to-chuc"], "UBND-TINH", 2022),
        Doc("van-hoa", "Document", "Quy chế văn hóa công sở sửa đổi", "Bản dự thảo.",
            "Dự thảo bổ sung quy định ứng xử trên mạng xã hội.", "12/QĐ-UBND", ["to-chuc"], "UBND-TINH", 2025, published: false),
        Doc("dan-chu", "Article", "Thực hiện dân chủ ở cơ sở", "Phát huy quyền làm chủ.",
            "Nhân dân bàn và quyết định trực tiếp.", null, ["to-chuc"], "SO-NV", 2023),
        Doc("mot-cua", "Article", "Bộ phận một cửa cấp xã sau sắp xếp", "Bố trí công chức.",
            "Sau ngày 01/7/2025 không còn cấp huyện; xã tiếp nhận thủ tục.", null, ["cchc"], "SO-NV", 2025),
        Doc("dvc", "Article", "Dịch vụ công trực tuyến toàn trình", "Tỷ lệ hồ sơ trực tuyến.",
            "Người dân nộp hồ sơ trên Cổng dịch vụ công quốc gia.", null, ["chuyen-doi-so"], "SO-NV", 2025),
        Doc("xss", "Article", "Bài có ký tự đặc biệt", "Tóm tắt <b>in đậm</b> & \"trích dẫn\".",
            "Nội dung <script>alert('x')</script> về đất đai.", null, ["khac"], "SO-NV", 2022),
        Doc("ho-kinh-doanh", "Procedure", "Đăng ký thành lập hộ kinh doanh", "Thủ tục cấp xã.",
            "Hộ kinh doanh nộp giấy đề nghị đăng ký.", "2.000575", ["kinh-doanh"], "SO-NV", 2025),
        Doc("xay-dung", "Procedure", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Thủ tục xây dựng.",
            "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép.", "1.009972", ["xay-dung"], "SO-NV", 2024),
        Doc("moi-truong", "Article", "Bảo vệ môi trường nông thôn", "Thu gom rác thải.",
            "Xã ra quân dọn vệ sinh đường làng.", null, ["nong-nghiep"], "SO-TNMT", 2022),
        Doc("bao-hiem", "Article", "Bảo hiểm y tế học sinh", "Vận động tham gia.",
            "Tỷ lệ học sinh tham gia bảo hiểm y tế đạt cao.", null, ["y-te"], "SO-NV", 2023),
        Doc("sap-nhap", "Article", "Sắp xếp đơn vị hành chính cấp xã", "Nghị quyết 202/2025/QH15.",
            "Tỉnh hoàn thành sắp xếp, giảm số đơn vị hành chính.", null, ["to-chuc"], "UBND-TINH", 2025),
        Doc("ly-luan", "Article", "Lí luận chính trị cho cán bộ trẻ", "Lớp bồi dưỡng.",
            "Học viên nghiên cứu lý luận và thực tiễn.", null, ["to-chuc"], "SO-NV", 2024),
        Doc("quy-dinh", "Document", "Qui định về tiếp công dân", "Qui chế làm việc.",
            "Tiếp công dân định kỳ hằng tháng.", "30/QĐ-UBND", ["to-chuc"], "UBND-TINH", 2021),
        Doc("giay-phep-lai-xe", "Procedure", "Đổi giấy phép lái xe", "Thủ tục lĩnh vực đường bộ.",
            "Nộp hồ sơ đổi giấy phép lái xe trực tuyến.", "1.002809", ["giao-thong"], "SO-NV", 2025),
        Doc("ban-do", "Article", "Bản đồ số địa giới hành chính", "Bản đồ mới.",
            "Cập nhật bản đồ sau sắp xếp.", null, ["chuyen-doi-so"], "SO-TNMT", 2025),
    ];
}
