using ParPortal.Features.Hotlines;
using ParPortal.Features.Procedures;

namespace ParPortal.Tests.Search.Integration;

/// <summary>
/// The text a type gives the index keeps its fields apart, so a snippet cut from it shows where one field ends:
/// "Cá nhân · Không · Giấy phép lái xe", not "Cá nhân Không Giấy phép lái xe" (subjects, fee, first paper).
/// </summary>
public sealed class SearchTextSectionsTests
{
    [Fact]
    public void ProcedureText_SeparatesItsFields_AndLeavesEmptyOnesOut()
    {
        var version = new ProcedureVersion
        {
            Title = "Đổi giấy phép lái xe",
            Code = "1.002804",
            Field = "Đường bộ",
            Subjects = "Cá nhân",
            Requirements = "  ",
            Channels = [new ProcedureChannel(SubmissionChannel.TrucTiep, null, "Không")],
            Dossier = [new DossierComponent("Giấy phép lái xe", 0, 1, null), new DossierComponent("Giấy khám sức khỏe", 1, 0, null)],
        };

        var text = new ProcedureType().SearchText(version, html => html ?? "");

        Assert.Equal("Đường bộ · Cá nhân · Không · Giấy phép lái xe · Giấy khám sức khỏe", text.Body);
        Assert.Equal("1.002804", text.Code);
    }

    [Fact]
    public void HotlineText_ListsItsNumbersTogether()
    {
        var version = new HotlineVersion { Title = "Đường dây nóng", Purpose = "Phản ánh thủ tục", Phones = ["1022", "0233 3852 123"] };

        var text = new HotlineType().SearchText(version, html => html ?? "");

        Assert.Equal("Phản ánh thủ tục · 1022, 0233 3852 123", text.Body);
    }
}
