using System.Diagnostics;
using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Tests.Procedures.Import;

public class ProcedureImportPlannerTests
{
    [Fact]
    public void Preview_SortsRecordsIntoCreateUpdateUnchangedAndAbolish_WhenOptionIsOn()
    {
        var existing = Enumerable.Range(1, 4).Select(n => ProcedureSamples.Record(n)).ToList();
        var incoming = new List<ProcedureRecord>
        {
            existing[0],
            existing[1] with { ProcessingTime = "03 ngày làm việc", Fee = "20.000 đồng" },
            existing[2] with { Status = ProcedureStatus.Abolished },
            ProcedureSamples.Record(9),
        };

        var preview = ProcedureImportPlanner.Preview(incoming, existing, markMissingAsAbolished: true);

        Assert.Equal(existing[0].Code, Assert.Single(preview.Unchanged).Code);
        Assert.Equal(incoming[3].Code, Assert.Single(preview.ToCreate).Code);
        var update = Assert.Single(preview.ToUpdate);
        Assert.Equal(["ProcessingTime", "Fee"], update.Changes.Select(c => c.Field));
        Assert.Equal(("05 ngày làm việc", "03 ngày làm việc"), (update.Changes[0].OldValue, update.Changes[0].NewValue));
        Assert.Equal([(existing[2].Code, AbolishReason.StatusInFile), (existing[3].Code, AbolishReason.MissingFromFile)],
            preview.ToAbolish.Select(a => (a.Existing.Code, a.Reason)));
        Assert.Empty(preview.Errors);
    }

    [Fact]
    public void Preview_KeepsMissingRecords_WhenOptionIsOff()
    {
        var existing = Enumerable.Range(1, 3).Select(n => ProcedureSamples.Record(n)).ToList();

        var preview = ProcedureImportPlanner.Preview([existing[0]], existing, markMissingAsAbolished: false);

        Assert.Empty(preview.ToAbolish);
        Assert.Single(preview.Unchanged);
    }

    [Fact]
    public void Preview_ShowsChangedFields_WhenChangedFileIsReimported()
    {
        var original = Enumerable.Range(1, 3).Select(n => ProcedureSamples.Record(n)).ToList();
        var changed = original.Select(r => r).ToList();
        changed[1] = changed[1] with { Name = "Tên mới của thủ tục", OnlineLevel = OnlineServiceLevel.None, Level = ProcedureLevel.Xa };

        using var file = new MemoryStream();
        ProcedureSpreadsheetWriter.Write(file, changed);
        var read = new ProcedureSpreadsheetReader().Read(file.ToArray());
        var preview = ProcedureImportPlanner.Preview(read, original, markMissingAsAbolished: true);

        Assert.Equal(2, preview.Unchanged.Count);
        var update = Assert.Single(preview.ToUpdate);
        Assert.Equal(original[1].Code, update.Existing.Code);
        Assert.Contains(update.Changes, c => c is { Header: "Tên thủ tục", NewValue: "Tên mới của thủ tục" } && c.OldValue == original[1].Name);
        Assert.Contains(update.Changes, c => c is { Field: "OnlineLevel", OldValue: "Toàn trình", NewValue: "Không" });
        Assert.Contains(update.Changes, c => c is { Field: "Level", OldValue: "Cấp Tỉnh", NewValue: "Cấp Xã" });
        Assert.Empty(preview.ToCreate);
        Assert.Empty(preview.ToAbolish);
    }

    [Fact]
    public void Preview_CarriesRowErrors_WhenGivenAReadResult()
    {
        var bytes = new RawWorkbook()
            .Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện")
            .Row(2, "1.1", "A", "Hộ tịch", "Cấp Trời")
            .ToBytes();

        var preview = ProcedureImportPlanner.Preview(new ProcedureSpreadsheetReader().Read(bytes), [], markMissingAsAbolished: false);

        Assert.Equal(2, Assert.Single(preview.Errors).Row);
        Assert.Empty(preview.ToCreate);
    }

    [Fact]
    public void Preview_TakesWellUnderASecond_WhenFiveThousandRowsMeetFiveThousandRecords()
    {
        var existing = Enumerable.Range(1, 5000).Select(n => ProcedureSamples.Record(n)).ToList();
        var incoming = existing.Select((r, i) => i % 2 == 0 ? r with { Charge = "Miễn lệ phí" } : r).ToList();

        ProcedureImportPlanner.Preview(incoming, existing, true);
        var watch = Stopwatch.StartNew();
        var preview = ProcedureImportPlanner.Preview(incoming, existing, true);
        watch.Stop();

        Assert.Equal(2500, preview.ToUpdate.Count);
        Assert.Equal(2500, preview.Unchanged.Count);
        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
    }
}
