using System.Globalization;
using System.Text.RegularExpressions;
using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Import;

/// <summary>
/// The phrases Vietnamese plans write their quotas and dates in, recognised by rules (no model, no network):
/// numbers ("02", "hai (02)", "2"), dates ("trước 26/11/2024", "ngày 15 tháng 6"), windows ("6 tháng đầu năm",
/// "Quý 2 – Quý 3", "tháng 5/2024", "quý II-III") and document kinds. Every method is pure and tested on the
/// wordings of the seeds and of variants an office writes.
/// </summary>
public static partial class QuotaPhrases
{
    private static readonly string[] NumberWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>Document kinds a product column names, in the spelling the site's document types use.</summary>
    public static readonly IReadOnlyList<string> DocumentKinds =
        ["Kế hoạch", "Công văn", "Báo cáo", "Quyết định", "Hướng dẫn", "Thông báo", "Chỉ thị", "Chương trình", "Nghị quyết"];

    /// <summary>"02", "2", "hai (02)", "hai", "một" → the number; null when none leads the text.</summary>
    public static int? Number(string text)
    {
        var m = NumberPattern().Match(text.TrimStart());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["digits"].Success)
        {
            return int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture);
        }

        // "hai (02)": the figure in brackets is the one the law asks to be written; the word must agree with it.
        if (m.Groups["bracket"].Success)
        {
            return int.Parse(m.Groups["bracket"].Value, CultureInfo.InvariantCulture);
        }

        return Array.IndexOf(NumberWords, m.Groups["word"].Value.ToLowerInvariant());
    }

    /// <summary>The document kind a text names first ("- Kế hoạch; - Báo cáo" → Kế hoạch), or null.</summary>
    public static string? FirstKind(string text) => Kinds(text).FirstOrDefault();

    /// <summary>Every document kind the text names, in order, once each.</summary>
    public static IReadOnlyList<string> Kinds(string text)
    {
        var found = new List<(int At, string Kind)>();
        foreach (var kind in DocumentKinds)
        {
            var at = text.IndexOf(kind, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                found.Add((at, kind));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Kind).ToList();
    }

    /// <summary>Whether the text asks for articles ("tin, bài", "tin bài", "bài viết").</summary>
    public static bool NamesArticles(string text) => ArticleWords().IsMatch(text);

    /// <summary>
    /// A date in the text after <paramref name="from"/>: "26/11/2024", "26/11", "ngày 15 tháng 6 năm 2024". A missing
    /// year is the plan's. Null when none, or when the figures are no date (29/02 of a common year).
    /// </summary>
    public static (DateOnly Date, int Index, int Length, bool YearWritten)? FindDate(string text, int year, int from = 0)
    {
        var m = DatePattern().Match(text, from);
        while (m.Success)
        {
            var day = int.Parse(m.Groups["d"].Value + m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value + m.Groups["m2"].Value, CultureInfo.InvariantCulture);
            var yearText = m.Groups["y"].Value + m.Groups["y2"].Value;
            var y = yearText.Length > 0 ? int.Parse(yearText, CultureInfo.InvariantCulture) : year;
            if (month is >= 1 and <= 12 && y is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
            {
                return (new DateOnly(y, month, day), m.Index, m.Length, yearText.Length > 0);
            }

            m = m.NextMatch();
        }

        return null;
    }

    /// <summary>
    /// A deadline: "trước (ngày) 26/11/2024" is due the 25th; "chậm nhất (ngày) 15/12" and "hạn 15/12" are due that
    /// day. Null when the text states none.
    /// </summary>
    public static (DateOnly Due, bool YearWritten, string Phrase)? Deadline(string text, int year)
    {
        foreach (Match m in DeadlineLead().Matches(text))
        {
            if (FindDate(text, year, m.Index + m.Length) is { } date && date.Index - (m.Index + m.Length) <= 8)
            {
                var before = m.Groups["before"].Success;
                var phrase = text.Substring(m.Index, date.Index + date.Length - m.Index);
                return (before ? date.Date.AddDays(-1) : date.Date, date.YearWritten, phrase.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// "trước thời gian UBND tỉnh yêu cầu 05 ngày": a date another body sets, and how many days before it. Null when
    /// the text does not refer to one.
    /// </summary>
    public static (string Authority, int DaysBefore)? ExternalDeadline(string text)
    {
        var m = ExternalPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var days = m.Groups["days"].Success ? Number(m.Groups["days"].Value) ?? 0 : 0;
        return (Spaces().Replace(m.Groups["who"].Value, " ").Trim(), days);
    }

    /// <summary>
    /// The window a phrase names: "6 tháng đầu năm", "6 tháng cuối năm", "Quý 2 – Quý 3", "quý II-III", "Quý 1/2024",
    /// "tháng 5/2024", "Tháng 01/2024", "cả năm". Null when it names none.
    /// </summary>
    public static QuotaWindow? Window(string text)
    {
        if (FirstHalfWords().IsMatch(text))
        {
            return QuotaWindow.FirstHalf();
        }

        if (SecondHalfWords().IsMatch(text))
        {
            return new QuotaWindow { Kind = WindowKind.SecondHalf };
        }

        var quarters = QuarterPattern().Match(text);
        if (quarters.Success)
        {
            var from = Quarter(quarters.Groups["q1"].Value);
            var to = quarters.Groups["q2"].Success ? Quarter(quarters.Groups["q2"].Value) : from;
            if (from is >= 1 and <= 4 && to is >= 1 and <= 4 && to >= from)
            {
                return QuotaWindow.Quarter(from, to);
            }
        }

        var month = MonthPattern().Match(text);
        if (month.Success && int.TryParse(month.Groups["m"].Value, CultureInfo.InvariantCulture, out var mm) && mm is >= 1 and <= 12)
        {
            return QuotaWindow.InMonth(mm);
        }

        return WholeYearWords().IsMatch(text) ? QuotaWindow.Year() : null;
    }

    /// <summary>"2", "02", "II", "ii" → 2; 0 when not a quarter.</summary>
    public static int Quarter(string text) => text.Trim().ToUpperInvariant() switch
    {
        "I" or "1" or "01" => 1,
        "II" or "2" or "02" => 2,
        "III" or "3" or "03" => 3,
        "IV" or "4" or "04" => 4,
        _ => 0,
    };

    /// <summary>"Thường xuyên" (regularly) in a timing text.</summary>
    public static bool IsRegular(string text) => RegularWords().IsMatch(text);

    /// <summary>A minimum: "ít nhất (có) 02", "tối thiểu 01", "không ít hơn 2"; the match's number and position.</summary>
    public static IEnumerable<(int Min, int Index, int Length)> Minimums(string text)
    {
        foreach (Match m in MinimumLead().Matches(text))
        {
            var rest = text[(m.Index + m.Length)..];
            // "tối thiểu mỗi phòng, ban, đơn vị 01 tin bài": the number follows the per-unit words.
            var skip = PerUnitWords().Match(rest) is { Success: true, Index: 0 } per ? per.Length : 0;
            if (Number(rest[skip..]) is { } n && n > 0)
            {
                yield return (n, m.Index, m.Length + skip);
            }
        }
    }

    /// <summary>"mỗi phòng, ban, đơn vị", "mỗi đơn vị", "mỗi cơ quan", "mỗi trường": a quota per unit.</summary>
    public static bool IsPerUnit(string text) => PerUnitAnywhere().IsMatch(text);

    /// <summary>"mỗi quý", "hằng quý", "hàng quý": a quota repeated every quarter.</summary>
    public static bool IsEveryQuarter(string text) => EveryQuarterWords().IsMatch(text);

    /// <summary>"100% ... TTHC": a coverage target, in percent; null when the text sets none.</summary>
    public static decimal? CoveragePercent(string text)
    {
        var m = CoveragePattern().Match(text);
        return m.Success ? decimal.Parse(m.Groups["p"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:(?<word>không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b\s*\(\s*(?<bracket>\d{1,3})\s*\)|(?<digits>\d{1,3})(?!\d)(?![/.,]\d)|(?<word>một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b(?!\s*\())", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<!\d)(?:(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?|ngày\s+(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})(?:\s+năm\s+(?<y2>\d{4}))?)(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:(?:chậm\s+nhất(?:\s+là)?|\bhạn(?:\s+cuối)?(?:\s+là)?)(?:\s+(?<before>trước))?|(?<before>trước))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineLead();

    [GeneratedRegex(@"trước\s+(?:thời\s+gian|thời\s+hạn|ngày)\s+(?<who>(?:UBND|Ủy ban|Sở|Bộ|cấp trên|Phòng)[^()]{0,40}?)\s+(?:yêu cầu|quy định)(?:\s+(?<days>\d{1,2}|[a-zàáảãạăâđêôơư ]+?\(\s*\d{1,2}\s*\))\s*ngày)?", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalPattern();

    [GeneratedRegex(@"6\s*tháng\s*đầu\s*năm|sáu\s*tháng\s*đầu\s*năm|quý\s*I\s*và\s*(?:quý\s*)?II\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstHalfWords();

    [GeneratedRegex(@"6\s*tháng\s*cuối\s*năm|sáu\s*tháng\s*cuối\s*năm", RegexOptions.IgnoreCase)]
    private static partial Regex SecondHalfWords();

    [GeneratedRegex(@"\bquý\s*(?<q1>IV|III|II|I|[1-4])\b(?:\s*(?:năm\s*\d{4}|/\s*\d{4}))?(?:\s*(?:[–—-]|đến|và)\s*(?:quý\s*)?(?<q2>IV|III|II|I|[1-4])\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\btháng\s*(?<m>\d{1,2})\s*(?:/\s*\d{4}|năm\s*\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\bcả\s+năm\b|\btrong\s+năm\b|\bhằng\s+năm\b|\bhàng\s+năm\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYearWords();

    [GeneratedRegex(@"thường\s*xuyên", RegexOptions.IgnoreCase)]
    private static partial Regex RegularWords();

    [GeneratedRegex(@"\b(?:ít\s+nhất|tối\s+thiểu|không\s+ít\s+hơn)(?:\s+là)?(?:\s+có)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MinimumLead();

    [GeneratedRegex(@"mỗi\s+(?:phòng|ban|đơn\s+vị|cơ\s+quan|trường|xã|bộ\s+phận)[^\d]{0,40}?(?=\d|(?:một|hai|ba)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitWords();

    [GeneratedRegex(@"mỗi\s+(?:phòng|ban|đơn\s+vị|cơ\s+quan|trường|xã|bộ\s+phận)|các\s+phòng,?\s*ban,?\s*đơn\s+vị\s+mỗi", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitAnywhere();

    [GeneratedRegex(@"mỗi\s+quý|hằng\s+quý|hàng\s+quý", RegexOptions.IgnoreCase)]
    private static partial Regex EveryQuarterWords();

    [GeneratedRegex(@"tin,?\s*bài|bài\s+viết|\btin\b|\bbài\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleWords();

    [GeneratedRegex(@"(?<p>\d{1,3}(?:[.,]\d+)?)\s*%[^.;]{0,160}?(?:TTHC|thủ\s+tục\s+hành\s+chính)", RegexOptions.IgnoreCase)]
    private static partial Regex CoveragePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
