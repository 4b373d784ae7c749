using Microsoft.DurableTask.Converters;
using CoreDataConverter = DurableTask.Core.Serializing.DataConverter;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// What the local <c>TaskHubClient</c> serializes inputs and event payloads with: the SDK's
/// System.Text.Json converter, the one the shims deserialize them with (and the isolated worker
/// uses). DurableTask.Core's own default is Newtonsoft.Json, whose output the shims would misread.
/// </summary>
internal sealed class SystemTextJsonConverter : CoreDataConverter
{
    /// <summary>The one instance.</summary>
    public static SystemTextJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override string Serialize(object value) => JsonDataConverter.Default.Serialize(value)!;

    /// <inheritdoc/>
    public override string Serialize(object value, bool formatted) => Serialize(value);

    /// <inheritdoc/>
    public override object Deserialize(string data, Type objectType) => JsonDataConverter.Default.Deserialize(data, objectType)!;
}
