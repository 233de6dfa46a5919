using System.Text;
using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Tests.Procedures.Import;

public class ProcedureSpreadsheetReaderTests
{
    private static RawWorkbook AgencyFile()
    {
        // A merged title above the header, header variants (case, missing diacritics, NFD, extra spaces and
        // punctuation, numbering), a column-number row, and a field merged down over two procedures.
        var nfdField = "Lĩnh vực".Normalize(NormalizationForm.FormD);
        return new RawWorkbook()
            .Row(1, "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ XÂY DỰNG")
            .Merge("A1:H1")
            .Row(3, "STT", "1. Mã TTHC", "TÊN THỦ TỤC HÀNH CHÍNH", nfdField, "Cap  thuc hien:", "Mức độ DVC", "Tình trạng hiệu lực", "Phí, lệ phí", "Ghi chú nội bộ")
            .Row(4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")
            .Row(5, "1", "1.001193.000.00.00.H29", "Cấp Giấy phép xây dựng mới", "Hoạt động xây dựng", "Cấp Tỉnh", "Mức độ 4", "Còn hiệu lực", "Không", "ghi chú A")
            .Row(6, "2", "1.009994", "Điều chỉnh giấy phép xây dựng", "", "cấp xã", "Một phần", "Sửa đổi, bổ sung", "50.000 đồng")
            .Merge("D5:D6")
            .Number(7, 0, 3).Number(7, 1, 1.002).Row(7, "", "", "Thủ tục cũ", "Quy hoạch", "Cấp Huyện", "Mức độ 2", "Hết hiệu lực");
    }

    [Fact]
    public void Read_ParsesRowsBelowTitle_WhenHeadersUseVariants()
    {
        var result = new ProcedureSpreadsheetReader().Read(AgencyFile().ToBytes());

        Assert.True(result.Succeeded, string.Join("; ", result.FileErrors.Select(e => e.Message)));
        Assert.Empty(result.RowErrors);
        Assert.Equal([5, 6, 7], result.Rows.Select(r => r.RowNumber));

        var first = result.Records[0];
        Assert.Equal("1.001193.000.00.00.H29", first.Code);
        Assert.Equal("Cấp Giấy phép xây dựng mới", first.Name);
        Assert.Equal("Hoạt động xây dựng", first.Field);
        Assert.Equal(ProcedureLevel.Tinh, first.Level);
        Assert.Equal(OnlineServiceLevel.ToanTrinh, first.OnlineLevel);
        Assert.Equal("Mức độ 4", first.LegacyLevel);
        Assert.Equal("Không", first.Charge);
        Assert.Equal("ghi chú A", first.RawRow["Ghi chú nội bộ"]);
        Assert.Equal("1.001193.000.00.00.H29", first.RawRow["1. Mã TTHC"]);

        var second = result.Records[1];
        Assert.Equal("Hoạt động xây dựng", second.Field);
        Assert.Equal(ProcedureLevel.Xa, second.Level);
        Assert.Equal(OnlineServiceLevel.MotPhan, second.OnlineLevel);
        Assert.Equal(string.Empty, second.LegacyLevel);
        Assert.Equal(ProcedureStatus.Amended, second.Status);

        var third = result.Records[2];
        Assert.Equal("1.002", third.Code);
        Assert.Equal(ProcedureLevel.Huyen, third.Level);
        Assert.Equal(OnlineServiceLevel.None, third.OnlineLevel);
        Assert.Equal("Mức độ 2", third.LegacyLevel);
        Assert.Equal(ProcedureStatus.Abolished, third.Status);
    }

    [Fact]
    public void Read_ReturnsNfcText_WhenCellsAreNfd()
    {
        var nfdName = "Thủ tục đăng ký hộ tịch".Normalize(NormalizationForm.FormD);
        var bytes = new RawWorkbook()
            .Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện")
            .Row(2, "2.000001", "  " + nfdName + " ", "Hộ tịch", "Cấp Xã")
            .ToBytes();

        var record = Assert.Single(new ProcedureSpreadsheetReader().Read(bytes).Records);

        Assert.Equal("Thủ tục đăng ký hộ tịch", record.Name);
        Assert.True(record.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Read_WritesDatesAsDisplayed_WhenCellHasDateStyle()
    {
        var bytes = new RawWorkbook()
            .Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Căn cứ pháp lý")
            .Row(2, "2.000001", "Đăng ký khai sinh", "Hộ tịch", "Cấp Xã")
            .Date(2, 4, new DateTime(2024, 3, 15))
            .ToBytes();

        var record = Assert.Single(new ProcedureSpreadsheetReader().Read(bytes).Records);

        Assert.Equal("15/03/2024", record.LegalBases);
    }

    [Fact]
    public void Read_ReportsRowErrorsInVietnamese_WhenValuesAreMissingOrUnknown()
    {
        var bytes = new RawWorkbook()
            .Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Mức độ", "Tình trạng hiệu lực")
            .Row(2, "", "Không có mã", "Hộ tịch", "Cấp Xã")
            .Row(3, "3.000001", "", "Hộ tịch", "Cấp Liên minh")
            .Row(4, "3.000002", "Sai mức độ", "Hộ tịch", "Cấp Tỉnh", "Mức độ 9", "Tạm dừng")
            .Row(5, "3.000003", "Đúng", "Hộ tịch", "Cấp Tỉnh")
            .ToBytes();

        var result = new ProcedureSpreadsheetReader().Read(bytes);

        Assert.True(result.Succeeded);
        var errors = result.RowErrors;
        Assert.Contains(errors, e => e is { Row: 2, Kind: ImportErrorKind.EmptyValue, Column: "Mã thủ tục" } && e.Message.Contains("mã thủ tục"));
        Assert.Contains(errors, e => e is { Row: 3, Kind: ImportErrorKind.EmptyValue, Column: "Tên thủ tục" });
        Assert.Contains(errors, e => e is { Row: 3, Kind: ImportErrorKind.InvalidValue, Column: "Cấp thực hiện" } && e.Message.Contains("Cấp Liên minh"));
        Assert.Contains(errors, e => e is { Row: 4, Column: "Mức độ" } && e.Message.Contains("Mức độ 9"));
        Assert.Contains(errors, e => e is { Row: 4, Column: "Tình trạng hiệu lực" } && e.Message.Contains("Tạm dừng"));
        Assert.Equal("3.000003", Assert.Single(result.Records).Code);
    }
}
