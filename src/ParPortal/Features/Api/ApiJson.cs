using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Api;

/// <summary>
/// Reads API request bodies itself so that a malformed body gets a ProblemDetails naming the JSON path at fault,
/// instead of the framework's empty 400. It reads with the same options the API writes with
/// (<see cref="ContentJson"/>, configured as ASP.NET Core's HTTP JSON options).
/// </summary>
public static class ApiJson
{
    /// <summary>The largest request body the JSON API reads.</summary>
    public const long MaxBodyBytes = 4_000_000;

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            throw ContentValidationException.Single("body", "Nội dung yêu cầu vượt quá 4 MB.");
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct)
                ?? throw ContentValidationException.Single("body", "Thiếu nội dung yêu cầu (JSON).");
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            if (e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("type", StringComparison.Ordinal))
            {
                throw UnknownType(request);
            }

            throw ContentValidationException.Single(path, "Giá trị không đúng định dạng.");
        }
        catch (NotSupportedException)
        {
            throw UnknownType(request);
        }
    }

    private static ContentValidationException UnknownType(HttpRequest request)
    {
        var names = request.HttpContext.RequestServices.GetRequiredService<ContentTypeRegistry>().Names;
        return ContentValidationException.Single(ContentJson.Discriminator, $"Thiếu hoặc sai loại nội dung (type): {string.Join(", ", names)}.");
    }
}
