using System.Reflection;
using System.Text.Json;
using ParPortal.Json;

namespace ParPortal.Features.Content;

/// <summary>Finds the fields that differ between two versions, for the audit log, the history list and the comparison page.</summary>
internal static class VersionDiff
{
    public static string? Describe(ContentVersion before, ContentVersion after)
    {
        var changed = Changed(before, after).Select(c => FieldNames.Vietnamese(c.Property.Name)).ToList();
        return changed.Count == 0 ? "Không thay đổi nội dung" : "Sửa: " + string.Join(", ", changed);
    }

    /// <summary>The editable fields whose values differ, with both values (topics and unit as their ids).</summary>
    public static IEnumerable<(PropertyInfo Property, object? Before, object? After)> Changed(ContentVersion before, ContentVersion after)
    {
        foreach (var p in EditableProperties(after.GetType()))
        {
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
                yield return (p, p.GetValue(before), p.GetValue(after));
            }
        }
    }

    /// <summary>The properties an editor writes: the content, not identity, state or publication bookkeeping.</summary>
    public static IEnumerable<PropertyInfo> EditableProperties(Type versionType) =>
        versionType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name is not (
            nameof(ContentVersion.Id) or nameof(ContentVersion.Item) or nameof(ContentVersion.VersionNumber)
            or nameof(ContentVersion.CreatedUtc) or nameof(ContentVersion.CreatedBy) or nameof(ContentVersion.ChangeNote)
            or nameof(ContentVersion.State) or nameof(ContentVersion.IsLatest) or nameof(ContentVersion.IsPublished)
            or nameof(ContentVersion.PublishedUtc) or nameof(ContentVersion.FirstPublishedUtc) or nameof(ContentVersion.PublishedTopicIds)
            or nameof(ContentVersion.ContentItemId) or nameof(ContentVersion.UnitId)));
}
