using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using ParPortal.Content;

namespace ParPortal.Features.Api;

/// <summary>
/// Reads API request bodies itself so that a malformed body gets a ProblemDetails naming the JSON path at fault,
/// instead of the framework's empty 400.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        AllowOutOfOrderMetadataProperties = true,
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > 4_000_000)
        {
            throw ContentValidationException.Single("body", "Nội dung yêu cầu vượt quá 4 MB.");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, ct)
                ?? throw ContentValidationException.Single("body", "Thiếu nội dung yêu cầu (JSON).");
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            var message = e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("type", StringComparison.Ordinal)
                ? "Thiếu hoặc sai loại nội dung (type): Article, Document, Procedure, Hotline, IndexResult, Plan."
                : "Giá trị không đúng định dạng.";
            throw ContentValidationException.Single(path, message);
        }
        catch (NotSupportedException)
        {
            throw ContentValidationException.Single("type", "Thiếu hoặc sai loại nội dung (type): Article, Document, Procedure, Hotline, IndexResult, Plan.");
        }
    }
}
