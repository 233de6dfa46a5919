using ParPortal.Features.Procedures;
using ParPortal.Features.Procedures.Import;

namespace ParPortal.Tests.Procedures.Import;

/// <summary>The sheet's processing time, fee and charge against a procedure's submission channels.</summary>
public class ProcedureChannelCellsTests
{
    private static readonly ProcedureChannel[] ThreeAlike =
    [
        new(SubmissionChannel.TrucTiep, "15 ngày làm việc", "Phí: Không; Lệ phí: 50.000 đồng"),
        new(SubmissionChannel.TrucTuyen, "15 ngày làm việc", "Phí: Không; Lệ phí: 50.000 đồng"),
        new(SubmissionChannel.BuuChinh, "15 ngày làm việc", "Phí: Không; Lệ phí: 50.000 đồng"),
    ];

    /// <summary>A stored procedure as the import compares it: the record <c>ToRecord</c> makes from its channels.</summary>
    private static ProcedureRecord Stored(params ProcedureChannel[] channels)
    {
        var version = new ProcedureVersion { Code = "1.000656", Title = "Cấp giấy phép xây dựng", Field = "Hoạt động xây dựng", Channels = [.. channels] };
        return ProcedureImportService.ToRecord(version);
    }

    [Fact]
    public void Diff_ChangesEveryChannel_WhenDeadlineWithoutChannelLabelChanges()
    {
        var before = Stored(ThreeAlike);
        Assert.Equal("15 ngày làm việc", before.ProcessingTime);

        var changes = ProcedureImportPlanner.Diff(before, before with { ProcessingTime = "10 ngày làm việc" });

        Assert.Equal([SubmissionChannel.TrucTiep, SubmissionChannel.TrucTuyen, SubmissionChannel.BuuChinh], changes.Select(c => c.Channel!.Value));
        Assert.All(changes, c => Assert.Equal(("ProcessingTime", "15 ngày làm việc", "10 ngày làm việc"), (c.Field, c.OldValue, c.NewValue)));
        Assert.Equal(["Thời hạn giải quyết (Trực tiếp)", "Thời hạn giải quyết (Trực tuyến)", "Thời hạn giải quyết (Dịch vụ bưu chính công ích)"],
            changes.Select(c => c.Header));
    }

    [Fact]
    public void Apply_WritesDeadlineAndChargeIntoEveryChannel_WhenCellsHaveOneValue()
    {
        var version = new ProcedureVersion { Channels = [.. ThreeAlike] };
        var incoming = Stored(ThreeAlike) with { ProcessingTime = "10 ngày làm việc", Charge = "40.000 đồng" };

        ProcedureImportService.Apply(incoming, version, new HashSet<string> { "ProcessingTime", "Charge" });

        Assert.Equal(3, version.Channels.Count);
        Assert.All(version.Channels, c => Assert.Equal(("10 ngày làm việc", "Phí: Không; Lệ phí: 40.000 đồng"), (c.ProcessingTime, c.Fee)));
    }

    [Fact]
    public void Cell_WritesLabelledLines_WhenChannelsDiffer()
    {
        var record = Stored(
            new ProcedureChannel(SubmissionChannel.TrucTiep, "15 ngày", "100.000 đồng"),
            new ProcedureChannel(SubmissionChannel.TrucTuyen, "15 ngày", "50.000 đồng"));

        Assert.Equal("15 ngày", record.ProcessingTime);
        Assert.Equal("Trực tiếp: 100.000 đồng\nTrực tuyến: 50.000 đồng", record.Fee);
        Assert.Equal("", record.Charge);
    }

    [Fact]
    public void Diff_ChangesOnlyTheNamedChannel_WhenOneLabelledLineIsEdited()
    {
        var before = Stored(
            new ProcedureChannel(SubmissionChannel.TrucTiep, "15 ngày", "100.000 đồng"),
            new ProcedureChannel(SubmissionChannel.TrucTuyen, "15 ngày", "50.000 đồng"));

        var changes = ProcedureImportPlanner.Diff(before, before with { Fee = "Trực tiếp: 100.000 đồng\nNộp trực tuyến: 30.000 đồng" });

        var change = Assert.Single(changes);
        Assert.Equal((SubmissionChannel.TrucTuyen, "Fee", "50.000 đồng", "30.000 đồng"), (change.Channel, change.Field, change.OldValue, change.NewValue));
    }

    [Fact]
    public void Preview_FindsNoChange_WhenExportWithDifferingChannelsIsReimported()
    {
        var stored = Stored(
            new ProcedureChannel(SubmissionChannel.TrucTiep, "15 ngày làm việc", "Phí: Không; Lệ phí: 100.000 đồng"),
            new ProcedureChannel(SubmissionChannel.TrucTuyen, "10 ngày làm việc", "Phí: Không; Lệ phí: 50.000 đồng"),
            new ProcedureChannel(SubmissionChannel.BuuChinh, "15 ngày làm việc", null));
        using var file = new MemoryStream();
        ProcedureSpreadsheetWriter.Write(file, [stored]);

        var read = new ProcedureSpreadsheetReader().Read(file.ToArray());
        var preview = ProcedureImportPlanner.Preview(read, [stored], markMissingAsAbolished: false);

        Assert.Empty(preview.ToUpdate);
        Assert.Single(preview.Unchanged);
    }

    [Fact]
    public void Resolve_KeepsStoredFeeText_WhenChannelValuesDoNotChange()
    {
        // A fee typed by hand in an unusual shape must not be rewritten when only the deadline changes.
        var odd = new ProcedureChannel(SubmissionChannel.TrucTuyen, "5 ngày", "Phí: 10.000 đồng");
        var before = Stored(new ProcedureChannel(SubmissionChannel.TrucTiep, "5 ngày", "Phí: 10.000 đồng"), odd);

        var channels = ProcedureChannelCells.Resolve(before.Channels, before with { ProcessingTime = "Trực tiếp: 3 ngày\nTrực tuyến: 5 ngày" });

        Assert.Same(odd, channels[1]);
        Assert.Equal("3 ngày", channels[0].ProcessingTime);
    }

    [Fact]
    public void Resolve_CreatesNamedChannelsAndTreatsColonTextAsOneValue_WhenRowIsNew()
    {
        var row = ProcedureSamples.Record(1) with
        {
            ProcessingTime = "15 ngày làm việc\nkể từ: ngày nhận đủ hồ sơ",
            Fee = "Trực tiếp: Không\nQua dịch vụ bưu chính công ích: 20.000 đồng",
            Charge = "",
        };

        var channels = ProcedureChannelCells.Resolve([], row);

        Assert.Equal([SubmissionChannel.TrucTiep, SubmissionChannel.BuuChinh], channels.Select(c => c.Channel));
        Assert.All(channels, c => Assert.Equal("15 ngày làm việc\nkể từ: ngày nhận đủ hồ sơ", c.ProcessingTime));
        Assert.Equal(["Không", "20.000 đồng"], channels.Select(c => c.Fee));
    }
}
