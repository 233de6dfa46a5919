using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace ParPortal.Features.Localization;

/// <summary>Serves every localizer from one Vietnamese → English table embedded in the module.</summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private static readonly Lazy<FrozenDictionary<string, string>> English = new(Load);

    public IStringLocalizer Create(Type resourceSource) => new TableLocalizer(English.Value);

    public IStringLocalizer Create(string baseName, string location) => new TableLocalizer(English.Value);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ParPortal.Localization.en.json");
        if (stream is null)
        {
            return FrozenDictionary<string, string>.Empty;
        }

        return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed class TableLocalizer(FrozenDictionary<string, string> english) : IStringLocalizer
    {
        public LocalizedString this[string name] => Translate(name, []);

        public LocalizedString this[string name, params object[] arguments] => Translate(name, arguments);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            english.Select(e => new LocalizedString(e.Key, IsEnglish ? e.Value : e.Key));

        private static bool IsEnglish => LocalizationServiceCollectionExtensions.IsEnglish;

        private LocalizedString Translate(string name, object[] arguments)
        {
            var found = english.TryGetValue(name, out var en);
            var text = IsEnglish && found ? en! : name;
            if (arguments.Length > 0)
            {
                text = string.Format(CultureInfo.CurrentCulture, text, arguments);
            }

            return new LocalizedString(name, text, resourceNotFound: IsEnglish && !found);
        }
    }
}
