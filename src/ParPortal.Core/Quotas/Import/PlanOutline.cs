using System.Text.RegularExpressions;
using ParPortal.Text;

namespace ParPortal.Quotas.Import;

/// <summary>What a paragraph is in the plan's outline.</summary>
public enum OutlineKind
{
    /// <summary>"II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN".</summary>
    Part,
    /// <summary>"1. Nội dung tuyên truyền" (one number).</summary>
    Section,
    /// <summary>"2.1. Tuyên truyền các nội dung…" (two numbers or more).</summary>
    Item,
    /// <summary>"- …" or "• …".</summary>
    Bullet,
    /// <summary>"+ …": a bullet under a bullet, or an attribute line ("+ Thời gian thực hiện: …").</summary>
    SubBullet,
    /// <summary>Any other paragraph.</summary>
    Text,
}

/// <summary>One paragraph of the plan with its place in the numbered outline.</summary>
/// <param name="Number">The printed number ("II", "1", "2.1"), empty for bullets and text.</param>
/// <param name="Part">The enclosing part's number ("II"), empty before the first.</param>
/// <param name="PartTitle">The enclosing part's title ("NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN").</param>
/// <param name="Section">The enclosing one-number section ("1"), empty when none.</param>
/// <param name="SectionTitle">Its title ("Nội dung tuyên truyền").</param>
public sealed record OutlineLine(int Block, OutlineKind Kind, string Number, string Text, string Part, string PartTitle, string Section, string SectionTitle)
{
    /// <summary>Folded text, for keyword tests.</summary>
    public string Folded { get; } = VietnameseText.Fold(Text);
}

/// <summary>
/// Classifies a plan's paragraphs by their printed numbering: Roman parts, numbered sections and items, bullets. The
/// plans of Vietnamese agencies follow Nghị định 30/2020/NĐ-CP's layout (I., 1., 1.1., a), -, +), which this reads.
/// </summary>
public static partial class PlanOutline
{
    public static IReadOnlyList<OutlineLine> Read(SourceDocument document)
    {
        var lines = new List<OutlineLine>();
        string part = string.Empty, partTitle = string.Empty, section = string.Empty, sectionTitle = string.Empty;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is not SourceParagraph { Text: var text } || text.Length == 0)
            {
                continue;
            }

            var kind = OutlineKind.Text;
            var number = string.Empty;
            var body = text;
            if (RomanPattern().Match(text) is { Success: true } roman)
            {
                (kind, number, body) = (OutlineKind.Part, roman.Groups["n"].Value, roman.Groups["t"].Value);
                (part, partTitle, section, sectionTitle) = (number, body, string.Empty, string.Empty);
            }
            else if (NumberPattern().Match(text) is { Success: true } numbered)
            {
                number = numbered.Groups["n"].Value.TrimEnd('.');
                body = numbered.Groups["t"].Value;
                kind = number.Contains('.') ? OutlineKind.Item : OutlineKind.Section;
                if (kind == OutlineKind.Section)
                {
                    (section, sectionTitle) = (number, body);
                }
            }
            else if (BulletPattern().Match(text) is { Success: true } bullet)
            {
                (kind, body) = (bullet.Groups["mark"].Value == "+" ? OutlineKind.SubBullet : OutlineKind.Bullet, bullet.Groups["t"].Value);
            }

            lines.Add(new OutlineLine(i, kind, number, body.Trim(), part, partTitle, section, sectionTitle));
        }

        return lines;
    }

    // A part title is short and mostly upper case: "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN".
    [GeneratedRegex(@"^(?<n>(?=[IVX])X?(?:IX|IV|V?I{0,3}))\.\s*(?<t>[^\p{Ll}]{3,}.*)$")]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?<t>\S.*)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<mark>[-–—•+])\s*(?<t>\S.*)$")]
    private static partial Regex BulletPattern();
}
