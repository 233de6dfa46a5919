namespace ParPortal.Content;

/// <summary>
/// A content rule was broken (a refused transition, a stale version, an invalid field). The message is Vietnamese
/// and meant for the person who acted; <see cref="Field"/> names the field when one is at fault.
/// </summary>
public sealed class ContentRuleException(string message, string? field = null, ContentRuleKind kind = ContentRuleKind.Invalid)
    : Exception(message)
{
    public string? Field { get; } = field;

    public ContentRuleKind Kind { get; } = kind;
}

/// <summary>What kind of rule was broken; the web layer maps it to a status code (400, 404, 409, 403).</summary>
public enum ContentRuleKind
{
    Invalid,
    NotFound,
    Conflict,

    /// <summary>The change would write something the person may not write (403).</summary>
    Forbidden,
}
