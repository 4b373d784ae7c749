using Azure;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>ETags the store writes with on its own account.</summary>
internal static class StoreETags
{
    /// <summary>An ETag no entity has: a write under it only ever gets 412 (the writer reads again and decides).</summary>
    public static readonly ETag NeverMatches = new("W/\"datetime'1900-01-01T00%3A00%3A00.0000000Z'\"");
}
