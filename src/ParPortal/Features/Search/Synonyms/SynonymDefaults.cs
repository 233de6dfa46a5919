namespace ParPortal.Features.Search.Synonyms;

/// <summary>
/// The dictionary a site starts with, until an editor saves their own (Quản trị → Từ đồng nghĩa tìm kiếm). Entries
/// are abbreviations and names that citizens and officials use interchangeably in CCHC texts; two-letter symbols
/// that mean several things ("TT": thông tư, thông tin, trung tâm) are left out on purpose.
/// </summary>
public static class SynonymDefaults
{
    public const string Text =
        """
        # Mỗi dòng là một nhóm cách viết có cùng nghĩa, ngăn cách bằng dấu phẩy. Dòng bắt đầu bằng # là ghi chú.
        # Tìm một cách viết sẽ thấy cả các cách viết khác trong nhóm (xếp sau kết quả đúng nguyên văn).
        CCHC, cải cách hành chính
        TTHC, thủ tục hành chính
        DVC, dịch vụ công
        DVCTT, DVC trực tuyến, dịch vụ công trực tuyến
        DVCQG, Cổng DVCQG, Cổng dịch vụ công quốc gia
        UBND, ủy ban nhân dân
        HĐND, hội đồng nhân dân
        CCCD, căn cước công dân, căn cước, thẻ căn cước
        CMND, chứng minh nhân dân, chứng minh thư
        VNeID, định danh điện tử, tài khoản định danh điện tử
        BHYT, bảo hiểm y tế
        BHXH, bảo hiểm xã hội
        GPLX, giấy phép lái xe, bằng lái xe, bằng lái
        GCN, giấy chứng nhận
        QSDĐ, quyền sử dụng đất
        GPXD, giấy phép xây dựng
        GPKD, giấy phép kinh doanh
        một cửa, bộ phận một cửa, bộ phận tiếp nhận và trả kết quả
        TTPVHCC, trung tâm phục vụ hành chính công, trung tâm hành chính công
        sáp nhập, hợp nhất, sắp xếp đơn vị hành chính, sắp xếp tổ chức bộ máy
        PAR INDEX, PARINDEX, chỉ số cải cách hành chính
        SIPAS, chỉ số hài lòng, sự hài lòng của người dân
        PCI, chỉ số năng lực cạnh tranh cấp tỉnh
        PAPI, chỉ số hiệu quả quản trị và hành chính công cấp tỉnh
        CBCCVC, cán bộ công chức viên chức
        GTVT, giao thông vận tải
        NĐ-CP, nghị định của chính phủ
        BCCI, bưu chính công ích
        chữ ký số, ký số
        ô tô, xe ô tô, xe hơi
        """;
}
