namespace ParPortal.Features.Content;

/// <summary>Vietnamese labels of version properties, for change notes and messages.</summary>
internal static class FieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Title"] = "tiêu đề", ["Summary"] = "tóm tắt", ["Unit"] = "đơn vị", ["Topics"] = "chủ đề", ["Body"] = "nội dung",
        ["Author"] = "tác giả", ["Source"] = "nguồn", ["ImageUrl"] = "ảnh đại diện", ["ImageAlt"] = "mô tả ảnh",
        ["ImageCaption"] = "chú thích ảnh", ["Gallery"] = "bộ ảnh", ["Attachments"] = "tệp đính kèm", ["Number"] = "số, ký hiệu",
        ["NumberKey"] = "số, ký hiệu", ["DocumentType"] = "loại văn bản", ["Issuer"] = "cơ quan ban hành", ["Signer"] = "người ký",
        ["IssueDate"] = "ngày ban hành", ["EffectiveDate"] = "ngày hiệu lực", ["ExpiryDate"] = "ngày hết hiệu lực",
        ["ReplacedBy"] = "văn bản thay thế", ["Files"] = "tệp", ["Code"] = "mã thủ tục", ["Field"] = "lĩnh vực", ["Level"] = "cấp thực hiện",
        ["ImplementingAgency"] = "cơ quan thực hiện", ["DecidingAgency"] = "cơ quan quyết định", ["Subjects"] = "đối tượng",
        ["Channels"] = "cách thức thực hiện", ["Steps"] = "trình tự", ["Dossier"] = "thành phần hồ sơ", ["Requirements"] = "yêu cầu, điều kiện",
        ["Results"] = "kết quả", ["LegalBases"] = "căn cứ pháp lý", ["OnlineLevel"] = "mức độ dịch vụ công", ["LegacyLevel"] = "mức độ cũ",
        ["PortalUrl"] = "liên kết Cổng DVCQG", ["AnnouncingDecision"] = "quyết định công bố", ["Status"] = "tình trạng",
        ["StatusNote"] = "ghi chú tình trạng", ["RawImport"] = "dữ liệu nhập", ["Purpose"] = "mục đích", ["ContactName"] = "người liên hệ",
        ["ContactTitle"] = "chức vụ", ["Phones"] = "số điện thoại", ["Email"] = "thư điện tử", ["Address"] = "địa chỉ",
        ["WorkingHours"] = "thời gian làm việc", ["DisplayOrder"] = "thứ tự", ["IndexCode"] = "chỉ số", ["Year"] = "năm",
        ["Subject"] = "đối tượng đánh giá", ["Score"] = "điểm", ["Scale"] = "thang điểm", ["Rank"] = "thứ hạng", ["RankOf"] = "tổng số xếp hạng",
        ["Group"] = "nhóm", ["Change"] = "thay đổi", ["Components"] = "chỉ số thành phần", ["SourceDocument"] = "nguồn",
        ["Commentary"] = "nhận xét", ["IssuingUnitCode"] = "đơn vị ban hành", ["FileUrl"] = "tệp", ["DefinitionJson"] = "nhiệm vụ",
        ["Question"] = "câu hỏi", ["Answer"] = "câu trả lời", ["ProcedureCode"] = "thủ tục liên quan", ["ReceivedOn"] = "ngày nhận",
    };

    public static string Vietnamese(string property) => Names.TryGetValue(property, out var n) ? n : property;
}
