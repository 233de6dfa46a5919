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

    public DateOnly DueDate { get; init; }

    public DateOnly? NotBefore { get; init; }

    public override string KindName => "deliverable";
}

/// <summary>At least <see cref="Percent"/> % of the agency's procedures are published and current.</summary>
public sealed record CoverageRule : QuotaRule
{
    public decimal Percent { get; init; } = 100m;

    /// <summary>When the target applies; the check itself is a snapshot of the current catalogue.</summary>
    public QuotaWindow Window { get; init; } = QuotaWindow.Year();

    public override string KindName => "coverage";
}

/// <summary>"Thường xuyên": no number; activity is shown by month and silences longer than <see cref="MaxSilenceDays"/> are flagged.</summary>
public sealed record RegularRule : FilteredRule
{
    public int MaxSilenceDays { get; init; } = 45;

    public override string KindName => "regular";
}
