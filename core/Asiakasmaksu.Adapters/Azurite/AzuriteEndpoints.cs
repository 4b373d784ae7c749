namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>The base addresses Azurite reported, such as <c>http://127.0.0.1:37911/</c>.</summary>
/// <param name="Blob">The blob service.</param>
/// <param name="Queue">The queue service.</param>
/// <param name="Table">The table service.</param>
internal sealed record AzuriteEndpoints(Uri Blob, Uri Queue, Uri Table);
