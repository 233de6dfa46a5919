using ParPortal.Text;

namespace ParPortal.Features.Content;

/// <summary>
/// Title filters where people type (the procedure list's name box, the admin title filter, the documents' keyword
/// box): every typed word, folded, must begin a word of the title, so "giay phep xay dung", "Giấy phép XÂY DỰNG"
/// and "xay dung giay phep" find the same items. Runs in SQL on <see cref="ContentVersion.TitleKey"/>, the same on
/// SQLite and PostgreSQL.
/// </summary>
public static class TitleKeyFilter
{
    public static IQueryable<T> WhereTitleMatches<T>(this IQueryable<T> query, string? typed) where T : ContentVersion
    {
        foreach (var (word, alternative) in VietnameseText.SearchKeyWords(typed))
        {
            query = word == alternative
                ? query.Where(v => v.TitleKey.Contains(word))
                : query.Where(v => v.TitleKey.Contains(word) || v.TitleKey.Contains(alternative));
        }
        return query;
    }
}
