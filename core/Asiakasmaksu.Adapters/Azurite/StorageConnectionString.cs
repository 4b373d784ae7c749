using System.Globalization;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>The service endpoints an Azure Storage connection string names or implies.</summary>
internal static class StorageConnectionString
{
    private static readonly string[] Services = ["Blob", "Queue", "Table"];

    /// <summary>
    /// The explicit BlobEndpoint, QueueEndpoint and TableEndpoint values when there are any; otherwise the
    /// emulator's default ports for <c>UseDevelopmentStorage=true</c>, or the account's public endpoints.
    /// </summary>
    /// <exception cref="ArgumentException">The string names no endpoint and no account.</exception>
    public static IReadOnlyList<Uri> Endpoints(string connectionString)
    {
        var parts = Parse(connectionString);
        var explicitEndpoints = Services
            .Select(s => parts.GetValueOrDefault(s + "Endpoint"))
            .OfType<string>()
            .Select(v => new Uri(v, UriKind.Absolute))
            .ToList();
        if (explicitEndpoints.Count > 0)
        {
            return explicitEndpoints;
        }

        if (string.Equals(parts.GetValueOrDefault("UseDevelopmentStorage"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var proxy = parts.GetValueOrDefault("DevelopmentStorageProxyUri") ?? "http://127.0.0.1";
            var host = new Uri(proxy, UriKind.Absolute).Host;
            return [.. new[] { 10000, 10001, 10002 }.Select(p => new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{p}/devstoreaccount1")))];
        }

        if (parts.GetValueOrDefault("AccountName") is { } account)
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol") ?? "https";
            var suffix = parts.GetValueOrDefault("EndpointSuffix") ?? "core.windows.net";
            return [.. Services.Select(s => new Uri($"{protocol}://{account}.{s.ToLowerInvariant()}.{suffix}/"))];
        }

        throw new ArgumentException("The connection string names no storage endpoint and no account.", nameof(connectionString));
    }

    private static Dictionary<string, string> Parse(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
            }
        }

        return parts;
    }
}
