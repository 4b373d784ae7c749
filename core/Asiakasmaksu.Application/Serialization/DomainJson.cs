using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Serialization;

/// <summary>
/// The JSON form of the domain's events and notices, as stored: camelCase, money as strings,
/// dates as yyyy-mm-dd, enums by name, events tagged with a stable "$type" (see <see cref="EventTypeNames"/>
/// and <see cref="CeilingEventTypeNames"/>).
/// The domain itself carries no serialization attributes.
/// </summary>
public static class DomainJson
{
    /// <summary>The options; shared and immutable after first use.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes an event with its type tag.</summary>
    public static string Serialize(InvoiceEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>Reads an event written by <see cref="Serialize(InvoiceEvent)"/>.</summary>
    public static InvoiceEvent DeserializeEvent(string json) =>
        JsonSerializer.Deserialize<InvoiceEvent>(json, Options) ?? throw new JsonException("An event was stored as null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddEventTypes, DropComputed } },
        };
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new InvoiceIdJsonConverter());
        options.Converters.Add(new ValueListJsonConverterFactory());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void AddEventTypes(JsonTypeInfo info)
    {
        var names = info.Type == typeof(InvoiceEvent) ? EventTypeNames.All
            : info.Type == CeilingEventTypeNames.Base ? CeilingEventTypeNames.All
            : null;
        if (names is null)
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$type" };
        foreach (var (type, name) in names)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
    }

    private static void DropComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            // Computed properties (no setter, no constructor parameter) are derived again on read.
            if (property.Set is null && property.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
            else if (property.PropertyType == typeof(CostsWithdrawn))
            {
                // Rare: written only when there is one, so that a payment's stored event stays as it was.
                property.ShouldSerialize = (_, value) => value is not null;
            }
        }
    }
}
