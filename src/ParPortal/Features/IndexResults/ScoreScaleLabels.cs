namespace ParPortal.Features.IndexResults;

/// <summary>The Vietnamese names of the score scales an index result can be given in (translated via en.json).</summary>
public static class ScoreScaleLabels
{
    public static string Of(ScoreScale scale) => scale switch
    {
        ScoreScale.Percent => "Phần trăm (%)",
        ScoreScale.ZeroToOne => "Thang 0–1",
        ScoreScale.ZeroToTen => "Thang 0–10",
        _ => "Thang 0–100",
    };
}
