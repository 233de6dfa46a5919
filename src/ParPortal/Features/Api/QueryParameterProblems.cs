using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ParPortal.Features.Api;

/// <summary>
/// Names the query parameters that an endpoint could not bind (<c>page=abc</c>, <c>status=Foo</c>, <c>activeOn=abc</c>)
/// and says in Vietnamese what each one expects. Minimal APIs report a binding failure as one English sentence; the
/// endpoint's own handler method (in its metadata) tells which parameters there are and of which type, and each
/// query value is parsed again the way the framework parses it.
/// </summary>
internal static class QueryParameterProblems
{
    public static Dictionary<string, string[]> Describe(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        // Inside the exception handler the endpoint has been cleared; the handler's feature keeps it.
        var endpoint = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var method = endpoint?.Metadata.GetMetadata<MethodInfo>();
        if (method is null)
        {
            return errors;
        }

        foreach (var parameter in method.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.Name is not { } name || type == typeof(string) || !context.Request.Query.TryGetValue(name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (value is not null && !Parses(type, value))
                {
                    errors[name] = [Expectation(name, type)];
                    break;
                }
            }
        }

        return errors;
    }

    private static bool Parses(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        }

        // Minimal APIs bind simple types through IParsable<T>.TryParse with the invariant culture.
        var tryParse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (tryParse is null)
        {
            return true;
        }

        var arguments = new object?[] { value, CultureInfo.InvariantCulture, null };
        return (bool)tryParse.Invoke(null, arguments)!;
    }

    private static string Expectation(string name, Type type) => type switch
    {
        _ when type.IsEnum => $"“{name}” phải là một trong: {string.Join(", ", Enum.GetNames(type))}.",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => $"“{name}” phải là số nguyên.",
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => $"“{name}” phải là số.",
        _ when type == typeof(DateOnly) => $"“{name}” phải là ngày dạng YYYY-MM-DD (ví dụ 2025-07-01).",
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => $"“{name}” phải là thời điểm dạng ISO 8601 (ví dụ 2025-07-01T08:00:00+07:00).",
        _ when type == typeof(bool) => $"“{name}” phải là true hoặc false.",
        _ when type == typeof(Guid) => $"“{name}” phải là một mã định danh (GUID).",
        _ => $"Giá trị của “{name}” không hợp lệ.",
    };
}
