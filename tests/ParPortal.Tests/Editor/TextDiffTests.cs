using ParPortal.Features.Content.Versions;

namespace ParPortal.Tests.Editor;

/// <summary>The word-level difference behind the version comparison (Myers' shortest edit script).</summary>
public sealed class TextDiffTests
{
    private static string Show(IEnumerable<DiffSpan> spans) =>
        string.Join(" ", spans.Select(s => s.Op switch { DiffOp.Removed => $"[-{s.Text}-]", DiffOp.Added => $"{{+{s.Text}+}}", _ => s.Text }));

    [Fact]
    public void OfWords_MarksOnlyTheChangedWord_WhenOneWordOfASentenceChanges()
    {
        var spans = TextDiff.OfWords("Hồ sơ được giải quyết trong 5 ngày làm việc.", "Hồ sơ được giải quyết trong 3 ngày làm việc.");

        Assert.Equal("Hồ sơ được giải quyết trong [-5-] {+3+} ngày làm việc.", Show(spans));
    }

    [Fact]
    public void OfWords_KeepsLineBreaksAndFindsInsertedWords_WhenAParagraphIsAdded()
    {
        var spans = TextDiff.OfWords("Mở đầu.\nKết luận.", "Mở đầu.\nNội dung mới ở giữa.\nKết luận.");

        Assert.Equal(DiffOp.Added, spans.Single(s => s.Text.Contains("Nội dung mới", StringComparison.Ordinal)).Op);
        Assert.Equal("Mở đầu.\nKết luận.", string.Concat(spans.Where(s => s.Op == DiffOp.Same).Select(s => s.Text)).Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void OfWords_TreatsNfdAndNfcAsTheSameWord_WhenOnlyTheEncodingDiffers()
    {
        var nfd = "thủ tục hành chính".Normalize(System.Text.NormalizationForm.FormD);

        var spans = TextDiff.OfWords("thủ tục hành chính", nfd);

        Assert.All(spans, s => Assert.Equal(DiffOp.Same, s.Op));
    }

    [Fact]
    public void Diff_IsAShortestEditScript_WhenTokensAreReordered()
    {
        string[] a = ["A", "B", "C", "A", "B", "B", "A"];
        string[] b = ["C", "B", "A", "B", "A", "C"];

        var script = TextDiff.Diff(a, b);

        // Myers' classic example: the shortest script has 5 edits, and replaying it gives both sides back.
        Assert.Equal(5, script.Count(s => s.Op != DiffOp.Same));
        Assert.Equal(a, script.Where(s => s.Op != DiffOp.Added).Select(s => s.Token));
        Assert.Equal(b, script.Where(s => s.Op != DiffOp.Removed).Select(s => s.Token));
    }

    [Fact]
    public void Diff_ReplacesTheMiddleInOnePiece_WhenTheTextsAreTooFarApart()
    {
        var a = Enumerable.Range(0, TextDiff.MaxEdits + 10).Select(i => "a" + i).ToArray();
        var b = Enumerable.Range(0, TextDiff.MaxEdits + 10).Select(i => "b" + i).ToArray();

        var script = TextDiff.Diff(["đầu", .. a, "cuối"], ["đầu", .. b, "cuối"]);

        Assert.Equal(("đầu", DiffOp.Same), (script[0].Token, script[0].Op));
        Assert.Equal(("cuối", DiffOp.Same), (script[^1].Token, script[^1].Op));
        Assert.Equal(a, script.Where(s => s.Op == DiffOp.Removed).Select(s => s.Token));
        Assert.Equal(b, script.Where(s => s.Op == DiffOp.Added).Select(s => s.Token));
    }

    [Fact]
    public void OfLines_ShowsRemovedAndAddedEntries_WhenAListChanges()
    {
        var spans = TextDiff.OfLines(["0233 3852 001", "0913 456 101"], ["0233 3852 001", "0913 456 999"]);

        Assert.Equal("0233 3852 001 [-0913 456 101-] {+0913 456 999+}", Show(spans));
    }
}
