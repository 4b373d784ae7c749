using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Application.Serialization;

/// <summary>Money as a string with two decimals ("12.30"), so that no JSON reader turns it into a float.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) && Money.IsWholeCents(euros)
            ? Money.Of(euros)
            : throw new JsonException("An amount must be a string of euros with at most two decimals, e.g. \"12.30\".");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
