using ParPortal.Features.Office;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>Vietnamese text for the procedure enums, both ways, tolerant of case, diacritics and wording on input.</summary>
public static class ProcedureValueText
{
    public static string Level(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Bo => "Cấp Bộ",
        ProcedureLevel.Tinh => "Cấp Tỉnh",
        ProcedureLevel.Xa => "Cấp Xã",
        ProcedureLevel.Huyen => "Cấp Huyện",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string OnlineLevel(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.ToanTrinh => "Toàn trình",
        OnlineServiceLevel.MotPhan => "Một phần",
        _ => "Không",
    };

    /// <summary>The cell text for export: the legacy wording when the record came with one, so that it survives a round trip.</summary>
    public static string OnlineLevelCell(ProcedureRecord record)
        => record.LegacyLevel.Length > 0 ? record.LegacyLevel : OnlineLevel(record.OnlineLevel);

    public static string Status(ProcedureStatus status) => status switch
    {
        ProcedureStatus.Amended => "Sửa đổi, bổ sung",
        ProcedureStatus.Abolished => "Bãi bỏ",
        _ => "Còn hiệu lực",
    };

    /// <summary>
    /// "Cấp Tỉnh", "tinh", "UBND cấp xã", "Cấp Bộ, ngành". When a cell names several levels ("Cấp Tỉnh, Cấp Xã") the
    /// first one is taken; the full text stays in the raw row.
    /// </summary>
    public static ProcedureLevel? ParseLevel(string text)
    {
        var folded = OfficeText.Fold(text);
        ProcedureLevel? found = null;
        var foundAt = int.MaxValue;
        foreach (var (word, level) in LevelWords)
        {
            var at = IndexOfWord(folded, word);
            if (at >= 0 && at < foundAt)
            {
                found = level;
                foundAt = at;
            }
        }

        return found;
    }

    /// <summary>Parses the online level; <paramref name="legacy"/> receives the text when it used the old "mức độ" scheme.</summary>
    public static bool TryParseOnlineLevel(string text, out OnlineServiceLevel level, out string legacy)
    {
        legacy = string.Empty;
        level = OnlineServiceLevel.None;
        var folded = OfficeText.Fold(text);
        if (folded.Length == 0 || folded is "khong" or "khong co" or "chua" or "khong ap dung" or "0")
        {
            return true;
        }

        if (folded.Contains("toan trinh", StringComparison.Ordinal))
        {
            level = OnlineServiceLevel.ToanTrinh;
            return true;
        }

        if (folded.Contains("mot phan", StringComparison.Ordinal))
        {
            level = OnlineServiceLevel.MotPhan;
            return true;
        }

        // "Mức độ 3", "Mức 4", "DVC mức độ 2", or a bare "3".
        var digit = folded.LastOrDefault(char.IsDigit);
        var legacyShape = folded.Contains("muc", StringComparison.Ordinal) || folded.Length == 1;
        if (legacyShape && digit is >= '1' and <= '4')
        {
            legacy = OfficeText.Clean(text);
            level = digit switch { '4' => OnlineServiceLevel.ToanTrinh, '3' => OnlineServiceLevel.MotPhan, _ => OnlineServiceLevel.None };
            return true;
        }

        return false;
    }

    /// <summary>"Còn hiệu lực" → in force; "Hết hiệu lực", "Bãi bỏ" → abolished; "Sửa đổi, bổ sung" → amended. Empty means in force.</summary>
    public static ProcedureStatus? ParseStatus(string text)
    {
        var folded = OfficeText.Fold(text);
        if (folded.Length == 0 || folded.Contains("con hieu luc", StringComparison.Ordinal) || folded is "hieu luc" or "dang hieu luc" or "con")
        {
            return ProcedureStatus.InForce;
        }

        if (folded.Contains("het hieu luc", StringComparison.Ordinal) || folded.Contains("bai bo", StringComparison.Ordinal)
            || folded.Contains("huy bo", StringComparison.Ordinal) || folded.Contains("khong con", StringComparison.Ordinal))
        {
            return ProcedureStatus.Abolished;
        }

        if (folded.Contains("sua doi", StringComparison.Ordinal) || folded.Contains("bo sung", StringComparison.Ordinal)
            || folded.Contains("thay the", StringComparison.Ordinal))
        {
            return ProcedureStatus.Amended;
        }

        return null;
    }

    /// <summary>
    /// The channel a sheet's line names before its colon: the portal's names (<see cref="ProcedureLabels.ChannelOf"/>),
    /// also after a lead-in ("Nộp trực tuyến", "Qua dịch vụ bưu chính công ích", "Dịch vụ bưu chính"); null for others.
    /// </summary>
    public static SubmissionChannel? ParseChannel(string label)
    {
        var words = OfficeText.Fold(label);
        foreach (var lead in ChannelLeadIns)
        {
            if (words.StartsWith(lead + " ", StringComparison.Ordinal))
            {
                words = words[(lead.Length + 1)..];
                break;
            }
        }

        return words.Length == 0 ? null : ProcedureLabels.ChannelOf(words) ?? (words == "dich vu buu chinh" ? SubmissionChannel.BuuChinh : null);
    }

    private static readonly string[] ChannelLeadIns = ["nop ho so", "nop", "qua"];

    private static readonly (string Word, ProcedureLevel Level)[] LevelWords =
    [
        ("bo", ProcedureLevel.Bo), ("trung uong", ProcedureLevel.Bo), ("tinh", ProcedureLevel.Tinh),
        ("thanh pho truc thuoc trung uong", ProcedureLevel.Tinh), ("xa", ProcedureLevel.Xa), ("phuong", ProcedureLevel.Xa),
        ("dac khu", ProcedureLevel.Xa), ("huyen", ProcedureLevel.Huyen),
    ];

    private static int IndexOfWord(string folded, string word)
    {
        var start = 0;
        while (true)
        {
            var at = folded.IndexOf(word, start, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var before = at == 0 || folded[at - 1] == ' ';
            var after = at + word.Length == folded.Length || folded[at + word.Length] == ' ';
            if (before && after)
            {
                return at;
            }

            start = at + 1;
        }
    }
}
