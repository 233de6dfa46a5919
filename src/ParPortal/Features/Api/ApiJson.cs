using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Api;

/// <summary>
/// Reads API request bodies itself so that a malformed body gets a ProblemDetails naming the JSON path at fault,
/// instead of the framework's empty 400. It reads with the same options the API writes with
/// (<see cref="ContentJson"/>, configured as ASP.NET Core's HTTP JSON options), whose converters are the JSON side of
/// the input boundary (text cleaned, enums by defined name only).
/// </summary>
public static class ApiJson
{
    /// <summary>The largest request body the JSON API reads: the largest article body (2 MB of HTML) with room to spare.</summary>
    public const long MaxBodyBytes = 4_000_000;

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
    {
        // A body without a JSON content type is refused rather than guessed at: a form post from another site
        // (text/plain, urlencoded) must never be read as an API call.
        if (!request.HasJsonContentType())
        {
            throw new ApiRequestException(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                "Nội dung yêu cầu phải là JSON: hãy gửi kèm tiêu đề Content-Type: application/json.");
        }

        if (request.ContentLength is > MaxBodyBytes)
        {
            throw TooLarge();
        }

        // Chunked bodies have no length up front: the server stops reading at the same limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct)
                ?? throw ContentValidationException.Single("body", "Thiếu nội dung yêu cầu (JSON).");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            // Our converters explain what they expect in Vietnamese; the serializer's own messages are English.
            if (e.Message.StartsWith("Giá trị phải", StringComparison.Ordinal) || e.Message.StartsWith("Cần một", StringComparison.Ordinal))
            {
                throw ContentValidationException.Single(path, OwnMessage(e.Message));
            }

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

    private static ApiRequestException TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "body",
        $"Nội dung yêu cầu vượt quá {MaxBodyBytes / 1_000_000} MB.");

    // The serializer appends "Path: … | LineNumber: …" to a converter's message; the field is named separately.
    private static string OwnMessage(string message) => message.Split(" Path:", 2)[0];

    private static ContentValidationException UnknownType(HttpRequest request)
    {
        var names = request.HttpContext.RequestServices.GetRequiredService<ContentTypeRegistry>().Names;
        return ContentValidationException.Single(ContentJson.Discriminator, $"Thiếu hoặc sai loại nội dung (type): {string.Join(", ", names)}.");
    }
}
