using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ParPortal.Json;

/// <summary>
/// An explicit <c>null</c> for a property declared without <c>?</c> (a title, a list of phones) is a JSON error naming
/// the property, on reading only: code downstream may rely on such a property never being null.
/// </summary>
internal static class InputNulls
{
    private static readonly ConcurrentDictionary<PropertyInfo, bool> Required = new();

    public static void RefuseForRequired(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsValueType || property.Set is not { } set || property.AttributeProvider is not PropertyInfo declared
                || !Required.GetOrAdd(declared, static p => new NullabilityInfoContext().Create(p).WriteState == NullabilityState.NotNull))
            {
                continue;
            }

            property.Set = (target, value) =>
            {
                if (value is null)
                {
                    throw new JsonException("Giá trị phải có, không được để null.");
                }

                set(target, value);
            };
        }
    }
}
