namespace ParPortal.Content;

/// <summary>One or more fields are invalid. Keys are field names (camelCase, as the API and forms name them).</summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ContentValidationException Single(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
