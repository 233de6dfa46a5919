using ParPortal.Features.Office;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Recognises the Vietnamese column headers that agencies and the national portal use for procedure lists. Headers
/// are compared folded (no diacritics, case or punctuation), with a leading "1." or "(1)" numbering removed, and with
/// one typing slip tolerated on long headers.
/// </summary>
public static class ProcedureHeaders
{
    private static readonly (ProcedureField Field, string[] Aliases)[] Catalogue =
    [
        (ProcedureFields.Code, ["ma thu tuc", "ma tthc", "ma so", "ma so thu tuc", "ma so tthc", "ma thu tuc hanh chinh", "ma", "ma ho so thu tuc", "ma dinh danh"]),
        (ProcedureFields.Name, ["ten thu tuc", "ten tthc", "ten thu tuc hanh chinh", "ten", "ten thu tuc hanh chinh tthc"]),
        (ProcedureFields.Field, ["linh vuc", "linh vuc thuc hien", "ten linh vuc", "linh vuc tthc"]),
        (ProcedureFields.Level, ["cap thuc hien", "cap", "cap giai quyet", "cap co tham quyen", "cap thuc hien tthc"]),
        (ProcedureFields.ImplementingAgency, ["co quan thuc hien", "co quan giai quyet", "don vi thuc hien", "co quan truc tiep thuc hien"]),
        (ProcedureFields.DecidingAgency, ["co quan co tham quyen quyet dinh", "co quan co tham quyen", "co quan quyet dinh", "tham quyen quyet dinh"]),
        (ProcedureFields.Subjects, ["doi tuong thuc hien", "doi tuong", "doi tuong thuc hien tthc"]),
        (ProcedureFields.ProcessingTime, ["thoi han giai quyet", "thoi gian giai quyet", "thoi han xu ly", "thoi gian xu ly"]),
        (ProcedureFields.Fee, ["phi"]),
        (ProcedureFields.Charge, ["le phi", "phi le phi", "phi va le phi", "muc phi le phi"]),
        (ProcedureFields.OnlineLevel, ["muc do", "dich vu cong truc tuyen", "muc do dvc", "muc do dvctt", "muc do dich vu cong", "muc do dich vu cong truc tuyen", "dvc truc tuyen", "muc do cung cap dvctt", "muc do cung cap dich vu cong truc tuyen"]),
        (ProcedureFields.LegalBases, ["can cu phap ly", "can cu phap ly cua thu tuc", "can cu phap ly cua tthc", "van ban quy dinh"]),
        (ProcedureFields.Status, ["tinh trang hieu luc", "tinh trang", "hieu luc", "trang thai", "trang thai hieu luc"]),
        (ProcedureFields.Steps, ["trinh tu thuc hien", "trinh tu", "cac buoc thuc hien"]),
        (ProcedureFields.Dossier, ["thanh phan ho so", "thanh phan so luong ho so", "ho so"]),
        (ProcedureFields.Requirements, ["yeu cau dieu kien", "yeu cau dieu kien thuc hien", "yeu cau", "dieu kien thuc hien"]),
        (ProcedureFields.Results, ["ket qua thuc hien", "ket qua", "ket qua giai quyet"]),
        (ProcedureFields.PortalUrl, ["duong dan", "link dvcqg", "link", "url", "duong dan dvcqg", "lien ket", "duong link", "link dich vu cong", "duong dan dich vu cong"]),
    ];

    private static readonly Dictionary<string, ProcedureField> Exact = Catalogue
        .SelectMany(c => c.Aliases.Select(a => (Alias: a, c.Field)))
        .ToDictionary(x => x.Alias, x => x.Field, StringComparer.Ordinal);

    /// <summary>The field a header names, or null when it is not recognised.</summary>
    public static ProcedureField? Match(string? header)
    {
        var key = StripNumbering(OfficeText.Fold(header));
        if (key.Length == 0)
        {
            return null;
        }

        if (Exact.TryGetValue(key, out var field))
        {
            return field;
        }

        // Missing or wrong diacritics are already folded away; this forgives one dropped, doubled or wrong letter
        // ("Linh vuc thuc hienn"), and only on long headers, and only when it points at a single field.
        if (key.Length >= 8)
        {
            ProcedureField? near = null;
            foreach (var (alias, candidate) in Exact)
            {
                if (alias.Length >= 8 && WithinOneEdit(key, alias))
                {
                    if (near is not null && near != candidate)
                    {
                        return null;
                    }

                    near = candidate;
                }
            }

            return near;
        }

        return null;
    }

    private static string StripNumbering(string key)
    {
        // "1 ma thu tuc", "stt" are not fields, but "1 ma thu tuc" came from "1. Mã thủ tục" in a numbered header.
        var space = key.IndexOf(' ');
        if (space > 0 && key[..space].All(char.IsDigit))
        {
            return key[(space + 1)..];
        }

        return key;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
