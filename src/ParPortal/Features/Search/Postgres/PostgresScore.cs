namespace ParPortal.Features.Search.Postgres;

/// <summary>
/// A row's score (<see cref="Full"/>) and two bounds that do not read the body vector <c>fv</c>: every body test taken
/// as failed (<see cref="WithoutBody"/>, the constant before each test lets the planner fold it away) and that plus
/// <see cref="BodyBound"/>. Every weight in the policy is positive, so WithoutBody ≤ Full ≤ WithoutBody + BodyBound.
/// </summary>
internal sealed record PostgresScore(string Full, double BodyBound)
{
    private const string BodyTest = "d.fv @@ ";

    public string WithoutBody => Full.Replace(BodyTest, "false AND " + BodyTest, StringComparison.Ordinal);

    /// <summary>The bound as an SQL literal.</summary>
    public string Bound => BodyBound.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
