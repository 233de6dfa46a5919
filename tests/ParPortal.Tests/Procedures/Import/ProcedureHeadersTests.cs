using ParPortal.Features.Procedures.Import;

namespace ParPortal.Tests.Procedures.Import;

public class ProcedureHeadersTests
{
    [Theory]
    [InlineData("Mã thủ tục", "Code")]
    [InlineData("MÃ TTHC", "Code")]
    [InlineData("Mã số", "Code")]
    [InlineData("2. Tên TTHC", "Name")]
    [InlineData("Ten thu tuc", "Name")]
    [InlineData("Lĩnh  vực", "Field")]
    [InlineData("Cấp thực hiện", "Level")]
    [InlineData("Cơ quan có thẩm quyền quyết định", "DecidingAgency")]
    [InlineData("Cơ quan thực hiện", "ImplementingAgency")]
    [InlineData("Đối tượng thực hiện", "Subjects")]
    [InlineData("Thời hạn giải quyết", "ProcessingTime")]
    [InlineData("Phí", "Fee")]
    [InlineData("Lệ phí", "Charge")]
    [InlineData("Phí, lệ phí", "Charge")]
    [InlineData("Mức độ", "OnlineLevel")]
    [InlineData("Dịch vụ công trực tuyến", "OnlineLevel")]
    [InlineData("Mức độ DVC", "OnlineLevel")]
    [InlineData("Căn cứ pháp lý", "LegalBases")]
    [InlineData("Tình trạng hiệu lực", "Status")]
    [InlineData("Trình tự thực hiện", "Steps")]
    [InlineData("Thành phần hồ sơ", "Dossier")]
    [InlineData("Yêu cầu, điều kiện", "Requirements")]
    [InlineData("Kết quả thực hiện", "Results")]
    [InlineData("Link DVCQG", "PortalUrl")]
    [InlineData("Đường dẫn", "PortalUrl")]
    [InlineData("Trinh tu thuc hienn", "Steps")]
    [InlineData("Linh vuc thuc hie", "Field")]
    public void Match_RecognisesHeader_WhenWrittenWithVariants(string header, string property)
    {
        Assert.Equal(property, ProcedureHeaders.Match(header)?.Property);
    }

    [Theory]
    [InlineData("STT")]
    [InlineData("Ghi chú")]
    [InlineData("")]
    [InlineData("Số lượng hồ sơ đã giải quyết")]
    public void Match_ReturnsNull_WhenHeaderIsNotAProcedureColumn(string header)
    {
        Assert.Null(ProcedureHeaders.Match(header));
    }
}
