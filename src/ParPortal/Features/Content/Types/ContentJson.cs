using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ParPortal.Json;

namespace ParPortal.Features.Content.Types;

/// <summary>
/// The JSON dialect (<see cref="PortalJson"/>) plus the content inputs' type discriminator ("type": "Article"),
/// whose values come from the registry: a new content type needs no attribute on <see cref="ContentInput"/>.
/// The API (requests and responses) and recipes use these options.
/// </summary>
public static class ContentJson
{
    public const string Discriminator = "type";

    /// <summary>Applies the dialect and the registry's input types to options (ASP.NET Core's, or new ones).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, ContentTypeRegistry registry)
    {
        PortalJson.Configure(options);
        // A resolver that has served a type cannot take modifiers any more, so ours wraps whatever is there.
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(info =>
        {
            if (info.Type != typeof(ContentInput))
            {
                return;
            }

            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = Discriminator,
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var type in registry.All)
            {
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type.InputType, type.Name));
            }
        });
        return options;
    }

    /// <summary>New read-only options for a registry (recipes, tests).</summary>
    public static JsonSerializerOptions Create(ContentTypeRegistry registry) =>
        PortalJson.ReadOnly(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web), registry));
}
