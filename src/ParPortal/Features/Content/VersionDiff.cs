using System.Reflection;
using System.Text.Json;
using ParPortal.Json;

namespace ParPortal.Features.Content;

/// <summary>Names the fields that differ between two versions, for the audit log and the history list.</summary>
internal static class VersionDiff
{
    public static string? Describe(ContentVersion before, ContentVersion after)
    {
        var changed = new List<string>();
        foreach (var p in after.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.Name is nameof(ContentVersion.Id) or nameof(ContentVersion.Item) or nameof(ContentVersion.VersionNumber)
                or nameof(ContentVersion.CreatedUtc) or nameof(ContentVersion.CreatedBy) or nameof(ContentVersion.ChangeNote)
                or nameof(ContentVersion.State) or nameof(ContentVersion.IsLatest) or nameof(ContentVersion.IsPublished)
                or nameof(ContentVersion.PublishedUtc) or nameof(ContentVersion.FirstPublishedUtc) or nameof(ContentVersion.PublishedTopicIds) or nameof(ContentVersion.ContentItemId) or nameof(ContentVersion.UnitId) || !p.CanWrite)
            {
                continue;
            }

            var a = p.GetValue(before);
            var b = p.GetValue(after);
            if (p.Name == nameof(ContentVersion.Topics))
            {
                a = before.Topics.Select(t => t.Id).Order().ToArray();
                b = after.Topics.Select(t => t.Id).Order().ToArray();
            }
            else if (p.Name == nameof(ContentVersion.Unit))
            {
                a = before.Unit?.Id ?? before.UnitId;
                b = after.Unit?.Id ?? after.UnitId;
            }

            if (JsonSerializer.Serialize(a, PortalJson.Options) != JsonSerializer.Serialize(b, PortalJson.Options))
            {
                changed.Add(FieldNames.Vietnamese(p.Name));
            }
        }

        return changed.Count == 0 ? "Không thay đổi nội dung" : "Sửa: " + string.Join(", ", changed);
    }
}
