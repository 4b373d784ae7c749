using System.Collections.Frozen;
using System.Text.Json;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// The words of the notices in one language, from the embedded <c>Templates/Strings/{fi,sv,en}.json</c>.
/// An entry may hold named placeholders (<c>{client}</c>) that <see cref="Format"/> fills in; the
/// templates carry the layout, the tables carry the language.
/// </summary>
internal sealed class StringTable
{
    private static readonly FrozenDictionary<Language, StringTable> Tables =
        Enum.GetValues<Language>().ToFrozenDictionary(l => l, Load);

    private readonly FrozenDictionary<string, string> entries;

    private StringTable(Language language, FrozenDictionary<string, string> entries)
    {
        Language = language;
        this.entries = entries;
    }

    /// <summary>The table's language.</summary>
    public Language Language { get; }

    /// <summary>Every key of the table.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>The table of <paramref name="language"/>.</summary>
    public static StringTable For(Language language) => Tables[language];

    /// <summary>The entry <paramref name="key"/>; a missing key is a template bug and throws.</summary>
    public string Get(string key) =>
        entries.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"The {Language.Code()} string table has no entry '{key}'.");

    /// <summary>The entry <paramref name="key"/> with each <c>{name}</c> replaced by its value (null as empty).</summary>
    public string Format(string key, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var text = Get(key);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value ?? string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    private static StringTable Load(Language language)
    {
        var name = $"Asiakasmaksu.Rendering.Templates.Strings.{language.Code()}.json";
        using var stream = typeof(StringTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded string table {name} is missing.");
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The embedded string table {name} is empty.");
        return new StringTable(language, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
