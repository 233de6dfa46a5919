namespace ParPortal.Features.Api;

/// <summary>
/// A request the API refuses before reading it as content: too large (413), not JSON (415), a query parameter that
/// does not parse (400). <see cref="ApiProblemHandler"/> answers with a ProblemDetails naming <see cref="Field"/>.
/// </summary>
public sealed class ApiRequestException(int status, string field, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Field { get; } = field;
}
