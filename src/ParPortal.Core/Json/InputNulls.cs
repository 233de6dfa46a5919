using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ParPortal.Json;

/// <summary>
/// An explicit <c>null</c> for a property declared without <c>?</c> (a title, a list of phones), or a <c>null</c> item
/// in a list whose items are declared without <c>?</c> (<c>"gallery": [null]</c>), is a JSON error naming the property,
/// on reading only: code downstream may rely on such a property never being null.
/// </summary>
internal static class InputNulls
{
    private static readonly ConcurrentDictionary<PropertyInfo, (bool Value, bool Items)> Required = new();

    public static void RefuseForRequired(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsValueType || property.Set is not { } set || property.AttributeProvider is not PropertyInfo declared)
            {
                continue;
            }

            var (value, items) = Required.GetOrAdd(declared, static p => Rules(new NullabilityInfoContext().Create(p)));
            if (!value && !items)
            {
                continue;
            }

            property.Set = (target, v) =>
            {
                if (v is null && value)
                {
                    throw new JsonException("Giá trị phải có, không được để null.");
                }

                if (items && v is System.Collections.IEnumerable list and not string && list.Cast<object?>().Any(i => i is null))
                {
                    throw new JsonException("Danh sách không được có phần tử null.");
                }

                set(target, v);
            };
        }
    }

    // A list's items count when the list is generic over one reference type declared without "?" (List<GalleryImage>).
    private static (bool Value, bool Items) Rules(NullabilityInfo info) =>
        (info.WriteState == NullabilityState.NotNull,
         info.GenericTypeArguments is [{ Type.IsValueType: false, ReadState: NullabilityState.NotNull }] && typeof(System.Collections.IEnumerable).IsAssignableFrom(info.Type));
}
