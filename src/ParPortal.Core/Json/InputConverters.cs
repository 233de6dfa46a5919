using System.Text.Json;
using System.Text.Json.Serialization;
using ParPortal.Text;

namespace ParPortal.Json;

/// <summary>
/// Reads every JSON string through <see cref="InputText.Clean"/>: the JSON side of the one input boundary (API bodies,
/// recipes, plan definitions). Writing is unchanged.
/// </summary>
public sealed class InputStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? InputText.Clean(reader.GetString())
            : throw new JsonException("Cần một chuỗi ký tự.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// Enums by name only, and only the names the enum defines: a number (<c>"level": 99</c>) or an unknown name is a
/// JSON error naming the field, never a value that no switch over the enum expects (an export once failed on one).
/// </summary>
public sealed class DefinedEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(DefinedEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class DefinedEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } name &&
                !char.IsAsciiDigit(name[0]) && name[0] != '-' && !name.Contains(',') &&
                Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                return value;
            }

            throw new JsonException($"Giá trị phải là một trong: {string.Join(", ", Enum.GetNames<T>())}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Enum.IsDefined(value) ? value.ToString() : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());
    }
}
