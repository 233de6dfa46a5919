using System.Text.Json;
using System.Text.Json.Nodes;
using ParPortal.Data;
using ParPortal.Features.Media;

namespace ParPortal.Features.Recipes;

/// <summary>
/// Files that a recipe ships beside itself. A <c>url</c> or <c>imageUrl</c> of a content item that is a relative path
/// (<c>demo-files/03-KH-SGTVT.pdf</c>: no leading slash, no scheme) names such a file: it goes through the media
/// pipeline like an upload (type sniffed, limits checked, images re-encoded into their variants), gets a media-library
/// row, and the item is imported with the file's <c>/media/…</c> address instead. One instance serves one import;
/// <see cref="DeleteStored"/> removes the files again when that import is rolled back.
/// </summary>
internal sealed class RecipeFiles(ParPortalDbContext db, MediaStore store, string? folder)
{
    /// <summary>Images are linked at the widest JPEG up to this width: enough for an article page, not the full photo.</summary>
    private const int LinkedImageWidth = 1600;

    private readonly List<Guid> _stored = [];

    /// <summary>The item with every recipe file stored and its address replaced; the item itself when it names none.</summary>
    public async Task<JsonElement> StoreAsync(JsonElement item, string where, string actor, CancellationToken ct)
    {
        if (!NamesAFile(item))
        {
            return item;
        }

        var node = JsonNode.Parse(item.GetRawText())!.AsObject();
        await VisitAsync(node, node, where, actor, ct);
        return JsonSerializer.SerializeToElement(node);
    }

    /// <summary>Removes the files stored so far (their rows go with the rolled-back transaction).</summary>
    public void DeleteStored()
    {
        foreach (var id in _stored)
        {
            store.Delete(id);
        }

        _stored.Clear();
    }

    private static bool NamesAFile(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (IsFileProperty(p.Name) && p.Value.ValueKind == JsonValueKind.String && IsRecipePath(p.Value.GetString())) || NamesAFile(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(NamesAFile),
        _ => false,
    };

    private static bool IsFileProperty(string name) => name is "url" or "imageUrl";

    /// <summary>A relative path: not an address on this site ("/…"), not a URL with a scheme, not an anchor.</summary>
    private static bool IsRecipePath(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.StartsWith('/') && !value.StartsWith('#') && !value.Contains(':', StringComparison.Ordinal);

    private async Task VisitAsync(JsonNode node, JsonObject item, string where, string actor, CancellationToken ct)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (IsFileProperty(name) && value is JsonValue v && v.TryGetValue<string>(out var path) && IsRecipePath(path))
                    {
                        obj[name] = await StoreFileAsync(path, obj, item, name, where, actor, ct);
                    }
                    else if (value is not null)
                    {
                        await VisitAsync(value, item, where, actor, ct);
                    }
                }

                break;
            case JsonArray array:
                foreach (var element in array.ToList())
                {
                    if (element is not null)
                    {
                        await VisitAsync(element, item, where, actor, ct);
                    }
                }

                break;
        }
    }

    private async Task<string> StoreFileAsync(string relative, JsonObject owner, JsonObject item, string property, string where,
        string actor, CancellationToken ct)
    {
        var path = Resolve(relative, where, property);
        MediaFile file;
        try
        {
            await using var content = File.OpenRead(path);
            // A document keeps the name the recipe gives it ("845-QĐ-UBND.pdf"), which is what a download is called.
            var name = (string?)owner["name"] ?? Path.GetFileName(path);
            file = await store.SaveAsync(content, name, null, actor, ct);
        }
        catch (MediaRejectedException e)
        {
            throw new RecipeException($"{where}, trường “{property}”: tệp {relative} bị từ chối: {e.Message}", e);
        }

        _stored.Add(file.Id);
        if (file.Kind == MediaKind.Image)
        {
            // Alt text: the gallery entry's own, else the item's featured-image text.
            file.AltText = (string?)owner["alt"] ?? (string?)item["imageAlt"];
        }

        db.MediaFiles.Add(file);
        return MediaUrls.Variant(file.Id, LinkedVariant(file));
    }

    private string Resolve(string relative, string where, string property)
    {
        if (folder is null)
        {
            throw new RecipeException($"{where}, trường “{property}”: tệp {relative} chỉ nhập được khi công thức được đọc từ một thư mục.");
        }

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, relative));
        // The path must stay inside the recipe's folder: "../../etc/passwd" is not a recipe file.
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeException($"{where}, trường “{property}”: đường dẫn {relative} nằm ngoài thư mục của công thức.");
        }

        if (!File.Exists(path))
        {
            throw new RecipeException($"{where}, trường “{property}”: không tìm thấy tệp {relative} bên cạnh công thức.");
        }

        return path;
    }

    private static MediaVariant LinkedVariant(MediaFile file)
    {
        if (file.Kind != MediaKind.Image)
        {
            return file.Variants[0];
        }

        var jpegs = file.Variants.Where(v => v.Format == "jpeg").OrderBy(v => v.Width).ToList();
        return jpegs.LastOrDefault(v => v.Width <= LinkedImageWidth) ?? jpegs.FirstOrDefault() ?? file.Variants[0];
    }
}
