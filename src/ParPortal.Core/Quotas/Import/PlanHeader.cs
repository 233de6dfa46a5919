using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPortal.Quotas.Import;

/// <summary>
/// The parts of a plan's first and last lines that Nghị định 30/2020/NĐ-CP fixes: "Số: …/KH-…", "Place, ngày … tháng …
/// năm …", "KẾ HOẠCH" and its title, and the signature block after "Nơi nhận".
/// </summary>
public sealed partial record PlanHeader
{
    public string? Number { get; init; }

    public string? Place { get; init; }

    public DateOnly? IssueDate { get; init; }

    /// <summary>Why a printed date was not taken ("29 tháng 02 năm 2022" does not exist).</summary>
    public string? IssueDateNote { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    public string? SignerTitle { get; init; }

    public string? Signer { get; init; }

    /// <summary>The file has a "KẾ HOẠCH" heading.</summary>
    public bool IsPlan { get; init; }

    public static PlanHeader Read(IReadOnlyList<OutlineLine> lines)
    {
        string? number = null, place = null, title = null, dateNote = null;
        DateOnly? date = null;
        int? dateYear = null;
        var isPlan = false;
        for (var i = 0; i < lines.Count && i < 40; i++)
        {
            var text = lines[i].Text;
            if (number is null && NumberLine().Match(text) is { Success: true } n)
            {
                number = n.Groups["n"].Value.Trim();
            }
            else if (place is null && PlaceDate().Match(text) is { Success: true } pd)
            {
                place = pd.Groups["place"].Value.Trim();
                dateYear = int.Parse(pd.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (int.TryParse(pd.Groups["d"].Value, CultureInfo.InvariantCulture, out var d) && int.TryParse(pd.Groups["m"].Value, CultureInfo.InvariantCulture, out var m))
                {
                    if (m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(dateYear.Value, m))
                    {
                        date = new DateOnly(dateYear.Value, m, d);
                    }
                    else
                    {
                        dateNote = $"Ngày ban hành in trong văn bản (“{pd.Value.Trim()}”) không tồn tại; hãy nhập ngày đúng.";
                    }
                }
            }
            else if (title is null && PlanHeading().Match(text) is { Success: true } heading)
            {
                isPlan = true;
                var rest = heading.Groups["rest"].Value.Trim();
                if (rest.Length == 0 && i + 1 < lines.Count)
                {
                    rest = lines[i + 1].Text.Trim();
                }

                title = rest.Length == 0 ? null : "Kế hoạch " + char.ToLowerInvariant(rest[0]) + rest[1..];
            }
        }

        var year = title is not null && YearWords().Match(title) is { Success: true } y ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : dateYear;
        var (signerTitle, signer) = Signature(lines);
        return new PlanHeader
        {
            Number = number, Place = place, IssueDate = date, IssueDateNote = dateNote, Title = title, Year = year,
            SignerTitle = signerTitle, Signer = signer, IsPlan = isPlan,
        };
    }

    /// <summary>The unit the plan names as its focal point ("Phòng Hành chính - Quản trị làm đầu mối …").</summary>
    public static string? ContactOffice(IReadOnlyList<OutlineLine> lines)
    {
        foreach (var line in lines)
        {
            if (FocalPoint().Match(line.Text) is { Success: true } m)
            {
                return m.Groups["who"].Value.Trim(' ', ',', '-');
            }
        }

        return null;
    }

    /// <summary>After "Nơi nhận": the lines in capitals are the signer's title, the next line is the name.</summary>
    private static (string? Title, string? Name) Signature(IReadOnlyList<OutlineLine> lines)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Folded.StartsWith("noi nhan", StringComparison.Ordinal))
            {
                start = i;
            }
        }

        if (start < 0)
        {
            return (null, null);
        }

        var titles = new List<string>();
        for (var i = start + 1; i < lines.Count && i < start + 30; i++)
        {
            var line = lines[i];
            if (line.Kind is OutlineKind.Bullet or OutlineKind.SubBullet)
            {
                continue;
            }

            if (line.Text.Length <= 60 && !line.Text.Any(char.IsLower))
            {
                if (!titles.Contains(line.Text))
                {
                    titles.Add(line.Text);
                }

                continue;
            }

            if (titles.Count > 0 && line.Text.Length <= 40 && line.Text.Split(' ').Length is >= 2 and <= 5)
            {
                return (string.Join("\n", titles), line.Text);
            }

            if (titles.Count > 0)
            {
                break;
            }
        }

        return (titles.Count > 0 ? string.Join("\n", titles) : null, null);
    }

    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\S.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,40}),\s*ngày\s*(?<d>\d{0,2})\s*tháng\s*(?<m>\d{0,2})\s*năm\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^KẾ HOẠCH\b\s*(?<rest>.*)$")]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"năm\s+(?<y>20\d{2})")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"^(?:-\s*)?(?:Giao\s+)?(?<who>(?:Văn phòng|Phòng|Ban|Trung tâm)[^,.;]{2,60}?)\s+(?:làm|là)\s+(?:cơ quan\s+)?đầu\s+mối", RegexOptions.IgnoreCase)]
    private static partial Regex FocalPoint();
}
