using System.Text.Json;
using System.Text.Json.Serialization;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Serialization;

/// <summary>An invoice id as a plain string.</summary>
public sealed class InvoiceIdJsonConverter : JsonConverter<InvoiceId>
{
    /// <inheritdoc/>
    public override InvoiceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("An invoice id must be a string."));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, InvoiceId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
