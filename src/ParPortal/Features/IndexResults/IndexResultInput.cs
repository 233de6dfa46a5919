using ParPortal.Features.Content;

namespace ParPortal.Features.IndexResults;

public sealed partial class IndexResultInput : ContentInput
{
    /// <summary>The index code (PARINDEX, SIPAS, PCI, PAPI…).</summary>
    public string Index { get; set; } = string.Empty;

    public int Year { get; set; }

    public string Subject { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public ScoreScale Scale { get; set; }

    public int? Rank { get; set; }

    public int? RankOf { get; set; }

    public string? Group { get; set; }

    public decimal? Change { get; set; }

    public List<IndexComponent> Components { get; set; } = [];

    public string? SourceDocument { get; set; }

    public string? Commentary { get; set; }

    public override ContentVersion NewVersion() => new IndexResultVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (IndexResultVersion)version;
        v.IndexCode = ContentInputMapper.Nfc(Index)?.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        (v.Year, v.Score, v.Scale, v.Rank, v.RankOf, v.Change) = (Year, Score, Scale, Rank, RankOf, Change);
        v.Subject = ContentInputMapper.Nfc(Subject) ?? string.Empty;
        v.Group = ContentInputMapper.Nfc(Group);
        v.Components = [.. Components];
        v.SourceDocument = ContentInputMapper.Nfc(SourceDocument);
        v.Commentary = ContentInputMapper.Nfc(Commentary);
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (IndexResultVersion)version;
        (Index, Year, Subject, Score, Scale, Rank, RankOf, Group, Change, SourceDocument, Commentary) =
            (v.IndexCode, v.Year, v.Subject, v.Score, v.Scale, v.Rank, v.RankOf, v.Group, v.Change, v.SourceDocument, v.Commentary);
        Components = [.. v.Components];
    }
}
