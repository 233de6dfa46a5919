using System.Text.Json.Serialization;

namespace ParPortal.Quotas.Model;

/// <summary>
/// One measurable requirement of a plan task. The JSON discriminator is <c>kind</c>:
/// count, perUnit, deliverable, coverage or regular.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CountRule), "count")]
[JsonDerivedType(typeof(PerUnitRule), "perUnit")]
[JsonDerivedType(typeof(DeliverableRule), "deliverable")]
[JsonDerivedType(typeof(CoverageRule), "coverage")]
[JsonDerivedType(typeof(RegularRule), "regular")]
public abstract record QuotaRule
{
    /// <summary>Optional human wording of the rule, shown on the dashboard and in reports.</summary>
    public string? Note { get; init; }

    /// <summary>The rule's kind as written in JSON.</summary>
    [JsonIgnore]
    public abstract string KindName { get; }
}

/// <summary>Shared item filter: every non-empty list must match (types, topics, units, document kinds).</summary>
public abstract record FilteredRule : QuotaRule
{
    /// <summary>Content type names (Article, Document, …); empty means any type.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Topic slugs; an item matches when it has at least one of them. Empty means any topic.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Unit codes; an item matches when its unit, an ancestor of it, or (with roll-up) a successor is listed.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Document kinds (Kế hoạch, Công văn, …); empty means any kind.</summary>
    public IReadOnlyList<string> DocumentKinds { get; init; } = [];

    public QuotaWindow Window { get; init; } = QuotaWindow.Year();

    /// <summary>
    /// When true only items an editor linked to the task count: for evidence that no filter can recognise
    /// (a contest, posters), so that the rule measures without guessing.
    /// </summary>
    public bool LinkedOnly { get; init; }

    /// <summary>
    /// Words every counted item's title must contain (compared without case or diacritics, so "boi duong" finds
    /// "bồi dưỡng"): what tells the product of one task from another of the same kind.
    /// </summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];
}

/// <summary>At least <see cref="Min"/> matching items published in the window.</summary>
public sealed record CountRule : FilteredRule
{
    public int Min { get; init; } = 1;

    public override string KindName => "count";
}

/// <summary>Every unit of <see cref="UnitSet"/> has at least <see cref="Min"/> matching items in the window.</summary>
public sealed record PerUnitRule : FilteredRule
{
    public int Min { get; init; } = 1;

    /// <summary>The units that must each reach the minimum.</summary>
    public IReadOnlyList<string> UnitSet { get; init; } = [];

    public override string KindName => "perUnit";
}

/// <summary>
/// A one-off product: a matching item (typically a Document of a kind) published on or before
/// <see cref="DueDate"/> and not before <see cref="NotBefore"/> (default: 1 January of the plan year).
/// </summary>
public sealed record DeliverableRule : QuotaRule
{
    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> DocumentKinds { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Words the product's title must contain, as in <see cref="FilteredRule.TitleWords"/>.</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    public DateOnly DueDate { get; init; }

    public DateOnly? NotBefore { get; init; }

    public override string KindName => "deliverable";
}

/// <summary>
/// At least <see cref="Percent"/> % of the issuing agency's procedures are published and in force, judged from their
/// publication history as of the date asked (see <see cref="Input.ProcedureHistory"/>).
/// </summary>
public sealed record CoverageRule : QuotaRule
{
    public decimal Percent { get; init; } = 100m;

    /// <summary>When the target applies; inside it the catalogue is read as it stood on the as-of date.</summary>
    public QuotaWindow Window { get; init; } = QuotaWindow.Year();

    public override string KindName => "coverage";
}

/// <summary>
/// "Thường xuyên": no number. Activity is shown by month, and every reporting period of the plan that overlaps the
/// window must have at least one matching item (the plan's own window when it names no periods): a period with
/// none is behind while open and missed once closed.
/// </summary>
public sealed record RegularRule : FilteredRule
{
    /// <summary>
    /// A silence limit in days, only when the plan states one; null (the default) flags no silence, because a
    /// day count the plan does not write would be the software's invention.
    /// </summary>
    public int? MaxSilenceDays { get; init; }

    public override string KindName => "regular";
}
