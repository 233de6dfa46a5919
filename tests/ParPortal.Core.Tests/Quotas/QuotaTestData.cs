using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Tests.Core.Quotas;

/// <summary>Builders for quota tests; every test still states the data that matters to it.</summary>
internal static class QuotaTestData
{
    public static readonly string[] Types = ["Article", "Document", "Procedure", "Hotline", "IndexResult"];

    public static readonly string[] Topics =
    [
        "chi-dao-dieu-hanh", "cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh", "thu-tuc-hanh-chinh-noi-bo",
        "mot-cua-lien-thong", "to-chuc-bo-may", "che-do-cong-vu", "tai-chinh-cong", "chinh-quyen-so", "chi-so-cchc",
        "sang-kien-mo-hinh", "ky-luat-ky-cuong", "dan-chu-co-so", "dich-vu-cong-truc-tuyen",
    ];

    public static readonly QuotaUnit[] SharedUnits =
    [
        Unit("GTVT", null, "2008-04-01", "2025-02-28", "XD"),
        Unit("GTVT-VP", "GTVT", "2008-04-01", "2025-02-28", "XD-VP"),
        Unit("GTVT-TTR", "GTVT", "2008-04-01", "2025-02-28", "XD-TTR"),
        Unit("GTVT-QLVT", "GTVT", "2008-04-01", "2025-02-28", "XD-QLVT"),
        Unit("GTVT-KCHT", "GTVT", "2008-04-01", "2025-02-28", "XD-HTGT"),
        Unit("GTVT-CL", "GTVT", "2008-04-01", "2025-02-28", "XD-HTGT"),
        Unit("GTVT-KHTC", "GTVT", "2008-04-01", "2025-02-28", "XD-KHTC"),
        Unit("GTVT-DK", "GTVT", "2008-04-01", "2025-02-28", "XD-DK"),
        Unit("XD", null, "2025-03-01", null),
        Unit("XD-VP", "XD", "2025-03-01", null),
        Unit("XD-TTR", "XD", "2025-03-01", null),
        Unit("XD-QLVT", "XD", "2025-03-01", null),
        Unit("XD-HTGT", "XD", "2025-03-01", null),
        Unit("XD-KHTC", "XD", "2025-03-01", null),
        Unit("XD-DK", "XD", "2025-03-01", null),
    ];

    public static QuotaUnit Unit(string code, string? parent, string from, string? to, params string[] successors) =>
        new(code, "Đơn vị " + code, parent, DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), successors);

    /// <summary>An item published at a local (+07:00) time unless an offset is given in <paramref name="publishedAt"/>.</summary>
    public static QuotaItem Item(
        string publishedAt,
        string type = "Article",
        string[]? topics = null,
        string? unit = "GTVT-VP",
        string? kind = null,
        string[]? links = null,
        string title = "Tin CCHC") =>
        new(Guid.NewGuid(), type, title, kind, topics ?? [], unit,
            DateTimeOffset.Parse(publishedAt.Contains('+') || publishedAt.EndsWith('Z') ? publishedAt : publishedAt + "+07:00"),
            links ?? []);

    public static QuotaInput Input(params QuotaItem[] items) => new(items, SharedUnits);

    /// <summary>
    /// A procedure published once at <paramref name="publishedAt"/> (local time) under <paramref name="unit"/>,
    /// optionally taken down (or archived) later.
    /// </summary>
    public static ProcedureHistory Procedure(
        string unit, string publishedAt, bool inForce = true, string? removedAt = null, bool archived = false) =>
        new(Guid.NewGuid(),
            [new ProcedurePublication(1, Local(publishedAt), inForce, unit)],
            removedAt is null ? [] : [new ProcedureRemoval(Local(removedAt), archived)]);

    public static DateTimeOffset Local(string localTime) => DateTimeOffset.Parse(localTime + "+07:00");

    public static PlanDefinition Plan(int year, params PlanTask[] tasks) => new()
    {
        Number = "01/KH-TEST",
        Title = "Kế hoạch thử",
        Year = year,
        IssuingUnit = "GTVT",
        Tasks = tasks,
    };

    public static PlanTask Task(string code, params QuotaRule[] rules) => new() { Code = code, Content = "Nhiệm vụ " + code, Rules = rules };

    public static DateOnly D(string date) => DateOnly.Parse(date);

    /// <summary>Seed 004's 2.11: "6 tháng đầu năm ít nhất có 02 tin, bài" on the leaders' role.</summary>
    public static readonly CountRule TwoArticlesFirstHalf = new()
    {
        Min = 2,
        Types = ["Article"],
        Topics = ["chi-dao-dieu-hanh"],
        Window = QuotaWindow.FirstHalf(),
    };

    /// <summary>A rule of a task of a computed progress, by its 1-based position.</summary>
    public static RuleProgress Rule(PlanProgress progress, string task = "2.11", int index = 1) =>
        progress.Tasks.Single(t => t.Code == task).Rules.Single(r => r.Index == index);
}
