using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FreeText;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// Typed, checked access to a JSON object's fields; every problem throws <see cref="BadRequest"/>
/// naming the field with its path (e.g. "installments[1].amount"). Unknown fields are refused.
/// </summary>
public sealed class JsonFields
{
    /// <summary>The longest free text (reason, note) accepted.</summary>
    public const int MaxTextLength = 2000;

    private readonly JsonElement element;
    private readonly string prefix;

    /// <summary>Wraps <paramref name="element"/> (an object) found at <paramref name="path"/> ("" for the body).</summary>
    public JsonFields(JsonElement element, string path, IReadOnlyCollection<string> allowed)
    {
        prefix = path.Length == 0 ? string.Empty : path + ".";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new BadRequest(path.Length == 0 ? "body" : path, $"{(path.Length == 0 ? "The body" : path)} must be a JSON object.");
        }

        foreach (var property in element.EnumerateObject())
        {
            var propertyName = Unescaped(() => property.Name, path.Length == 0 ? "body" : path, "A field name");
            if (!allowed.Contains(propertyName))
            {
                var name = SafeText.Echo(propertyName, 40);
                throw new BadRequest(prefix + name, $"Unknown field \"{name}\"; expected {string.Join(", ", allowed)}.");
            }
        }

        this.element = element;
    }

    /// <summary>The full path of field <paramref name="name"/> of this object (e.g. "fees[0].serviceCode"), for problems.</summary>
    public string Path(string name) => prefix + name;

    /// <summary>A required date "yyyy-mm-dd".</summary>
    public DateOnly Date(string name) => OptionalDate(name) ?? throw Missing(name, "a date yyyy-mm-dd");

    /// <summary>An optional date "yyyy-mm-dd" (years 2000–2099).</summary>
    public DateOnly? OptionalDate(string name) => Get(name) is not { } value
        ? null
        : value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(StringOf(value, prefix + name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2099
            ? date
            : throw new BadRequest(prefix + name, $"{prefix}{name} must be a real date yyyy-mm-dd in 2000–2099.");

    /// <summary>A required amount: a number or a string of euros, above zero, at most two decimals, at most 1 000 000.</summary>
    public Money Amount(string name) => OptionalAmount(name) ?? throw Missing(name, "euros, e.g. \"12.30\"");

    /// <summary>An optional amount.</summary>
    public Money? OptionalAmount(string name) => Euros(name, allowZero: false);

    /// <summary>A required amount that may be zero (an income, expense or savings): a number or a string of euros, 0–1 000 000, at most two decimals.</summary>
    public Money AmountOrZero(string name) => Euros(name, allowZero: true) ?? throw Missing(name, "euros, e.g. \"12.30\" or 0");

    private Money? Euros(string name, bool allowZero)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        decimal? euros = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out var d) ? d : null,
            JsonValueKind.String => decimal.TryParse(StringOf(value, prefix + name), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null,
            _ => null,
        };
        var field = prefix + name;
        if (euros is not { } amount)
        {
            throw new BadRequest(field, $"{field} must be an amount in euros, e.g. \"12.30\".");
        }

        if (!Money.IsWholeCents(amount))
        {
            throw new BadRequest(field, $"{field} has more than two decimals.");
        }

        return allowZero
            ? amount is >= 0m and <= 1_000_000m ? Money.Of(amount) : throw new BadRequest(field, $"{field} must be 0–1 000 000.")
            : amount is > 0m and <= 1_000_000m ? Money.Of(amount) : throw new BadRequest(field, $"{field} must be above zero and at most 1 000 000.");
    }

    /// <summary>A required text that is one of <paramref name="choices"/> (exactly).</summary>
    public string Choice(string name, IReadOnlyCollection<string> choices)
    {
        var field = prefix + name;
        return Get(name) is { ValueKind: JsonValueKind.String } value && StringOf(value, field) is { } text && choices.Contains(text)
            ? text
            : throw new BadRequest(field, $"{field} must be one of {string.Join(", ", choices)}.");
    }

    /// <summary>An optional array of objects with <paramref name="allowed"/> fields, 0–<paramref name="max"/> long (absent or null: none).</summary>
    public IReadOnlyList<JsonFields> OptionalObjects(string name, int max, IReadOnlyCollection<string> allowed)
    {
        var field = prefix + name;
        if (Get(name) is not { } value)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array && value.GetArrayLength() <= max
            ? [.. value.EnumerateArray().Select((e, i) => new JsonFields(e, $"{field}[{i}]", allowed))]
            : throw new BadRequest(field, $"{field} must be an array of at most {max} elements.");
    }

    /// <summary>A required boolean.</summary>
    public bool Bool(string name) => Get(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value
        ? value.GetBoolean()
        : throw new BadRequest(prefix + name, $"{prefix}{name} must be true or false.");

    /// <summary>A required whole number from <paramref name="min"/> to <paramref name="max"/> (a JSON number without fraction).</summary>
    public int Int(string name, int min, int max)
    {
        var field = prefix + name;
        return Get(name) switch
        {
            null => throw Missing(name, $"a whole number {min}–{max}"),
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) && number >= min && number <= max => number,
            _ => throw new BadRequest(field, $"{field} must be a whole number from {min} to {max}."),
        };
    }

    /// <summary>
    /// A required free text that says something: not empty, and more than white space and invisible
    /// characters (<c>"\u202e\u200b"</c> is no reason; <see cref="VisibleText"/>).
    /// </summary>
    public string Text(string name)
    {
        var text = OptionalText(name) ?? string.Empty;
        return VisibleText.Any(text) ? text
            : text.Length == 0 ? throw Missing(name, "text")
            : throw new BadRequest(prefix + name, $"{prefix}{name} holds only spaces or invisible characters; say it in words.");
    }

    /// <summary>
    /// An optional free text (at most <see cref="MaxTextLength"/> characters, no control characters
    /// but line breaks and tabs, no bidirectional overrides that would make the audit show it reordered, nothing that looks like a henkilötunnus however it is spelled
    /// (<see cref="PersonalIdentityCodes"/>): free text goes to the audit, which must hold none).
    /// </summary>
    public string? OptionalText(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        var field = prefix + name;
        var text = value.ValueKind == JsonValueKind.String ? StringOf(value, field) : throw new BadRequest(field, $"{field} must be a string.");
        if (text.Length > MaxTextLength)
        {
            throw new BadRequest(field, $"{field} is longer than {MaxTextLength} characters.");
        }

        if (text.Any(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || SafeText.IsBidiControl(c)) || !SafeText.IsWellFormed(text))
        {
            throw new BadRequest(field, $"{field} contains control characters or broken characters.");
        }

        return PersonalIdentityCodes.Contains(text)
            ? throw new BadRequest(field, $"{field} contains a henkilötunnus; refer to the client by client id or invoice id instead.")
            : text.Trim();
    }

    /// <summary>
    /// A required search text of 1–<paramref name="maxLength"/> characters, trimmed, without control
    /// or broken characters. Unlike <see cref="OptionalText"/> it may be a henkilötunnus: it is never
    /// stored, logged nor echoed (the search looks a code up through its keyed hash only).
    /// </summary>
    public string SearchText(string name, int maxLength)
    {
        var field = prefix + name;
        var text = Get(name) switch
        {
            null => throw Missing(name, "text"),
            { ValueKind: JsonValueKind.String } value => StringOf(value, field).Trim(),
            _ => throw new BadRequest(field, $"{field} must be a string."),
        };
        return text.Length is > 0 && text.Length <= maxLength && !text.Any(char.IsControl) && SafeText.IsWellFormed(text)
            ? text
            : throw new BadRequest(field, $"{field} must be one text of 1–{maxLength} characters: a client id, a name, a reference number, an invoice id or number, or a henkilötunnus.");
    }

    /// <summary>A required array of objects with <paramref name="allowed"/> fields, 1–<paramref name="max"/> long.</summary>
    public IReadOnlyList<JsonFields> Objects(string name, int max, IReadOnlyCollection<string> allowed)
    {
        var field = prefix + name;
        if (Get(name) is not { ValueKind: JsonValueKind.Array } value)
        {
            throw new BadRequest(field, $"{field} must be an array.");
        }

        var length = value.GetArrayLength();
        return length >= 1 && length <= max
            ? [.. value.EnumerateArray().Select((e, i) => new JsonFields(e, $"{field}[{i}]", allowed))]
            : throw new BadRequest(field, $"{field} must have 1–{max} elements.");
    }

    /// <summary>The text of a JSON string; an escape that is no text (a lone surrogate such as "\ud800") is a 400 naming <paramref name="field"/>.</summary>
    private static string StringOf(JsonElement value, string field) => Unescaped(() => value.GetString()!, field, field);

    private static string Unescaped(Func<string> read, string field, string what)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new BadRequest(field, $"{what} contains broken characters (an unpaired surrogate escape such as \\ud800).");
        }
    }

    private BadRequest Missing(string name, string what) => new(prefix + name, $"{prefix}{name} is required ({what}).");

    private JsonElement? Get(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
