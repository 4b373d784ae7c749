using Asiakasmaksu.Adapters.AzureStorage;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Asiakasmaksu.Hosting;

/// <summary>
/// How a host reaches its own blobs and tables (section <c>Asiakasmaksu:Storage</c>). In Azure:
/// <c>BlobServiceUri</c> and <c>TableServiceUri</c> with the user-assigned managed identity
/// <c>ManagedIdentityClientId</c>, never keys. Locally (the local host, or <c>func start</c>, on
/// Azurite): a <c>ConnectionString</c>, which wins when set. <c>TablePrefix</c> (letters and
/// digits) keeps several stores apart in one account, for tests; containers take it in lower case.
/// It stays empty in Azure, where the blob triggers watch the unprefixed containers.
/// </summary>
public sealed class StorageAccess
{
    // Exactly one of the two is set.
    private readonly string? connectionString;
    private readonly Endpoints? endpoints;
    private TableServiceClient? tables;
    private BlobServiceClient? blobs;

    private StorageAccess(string? connectionString, Endpoints? endpoints, string tablePrefix)
    {
        this.connectionString = connectionString;
        this.endpoints = endpoints;
        TablePrefix = tablePrefix;
    }

    /// <summary>The prefix of every table name (empty in Azure).</summary>
    public string TablePrefix { get; }

    /// <summary>The prefix of every container name: the table prefix in lower case.</summary>
    public string ContainerPrefix => TablePrefix.ToLowerInvariant();

    /// <summary>Storage on a connection string (Azurite, or an account key), with <paramref name="tablePrefix"/>.</summary>
    public static StorageAccess ForConnectionString(string connectionString, string tablePrefix = "") =>
        new(connectionString, null, tablePrefix);

    /// <summary>Reads the storage settings; a clear error names the settings when neither form is complete.</summary>
    public static StorageAccess From(IConfigurationSection storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage["ConnectionString"] is { Length: > 0 } connection)
        {
            return new StorageAccess(connection, null, storage["TablePrefix"] ?? string.Empty);
        }

        if (storage["BlobServiceUri"] is not { Length: > 0 } blobs || storage["TableServiceUri"] is not { Length: > 0 } tables)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Asiakasmaksu__Storage__BlobServiceUri and Asiakasmaksu__Storage__TableServiceUri "
                + "(Azure, with the managed identity), or Asiakasmaksu__Storage__ConnectionString (local, Azurite).");
        }

        return new StorageAccess(null, new Endpoints(new Uri(blobs), new Uri(tables), Credential(storage["ManagedIdentityClientId"])), storage["TablePrefix"] ?? string.Empty);
    }

    /// <summary>
    /// The credential of the app's identity: the user-assigned managed identity whose client id is
    /// given, else <see cref="DefaultAzureCredential"/> (a developer's own sign-in).
    /// </summary>
    public static TokenCredential Credential(string? managedIdentityClientId) =>
        managedIdentityClientId is { Length: > 0 } id
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id))
            : new DefaultAzureCredential();

    /// <summary>The table service.</summary>
    public TableServiceClient Tables() => tables ??=
        endpoints is { } e ? new TableServiceClient(e.Tables, e.Credential) : new TableServiceClient(connectionString!);

    /// <summary>The blob service.</summary>
    public BlobServiceClient Blobs() => blobs ??=
        endpoints is { } e ? new BlobServiceClient(e.Blobs, e.Credential) : new BlobServiceClient(connectionString!);

    /// <summary>The connection string, when storage is reached by one (null with the managed identity).</summary>
    public string? ConnectionString => connectionString;

    /// <summary>The invoice store's options.</summary>
    public AzureStorageOptions StoreOptions() => new()
    {
        ConnectionString = connectionString,
        TableServiceUri = endpoints?.Tables,
        Credential = endpoints?.Credential,
        TablePrefix = TablePrefix,
        ScheduleRemovalDelay = ScheduleRemovalDelay,
    };

    /// <summary>
    /// How long the hosts let old schedule entries wait to be deleted a day's hundred at a time: the
    /// invoices that wake up together are moved off their day within a second or two, so one
    /// request per hundred of them (<see cref="AzureStorageOptions.ScheduleRemovalDelay"/>).
    /// </summary>
    public static TimeSpan ScheduleRemovalDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The application table <paramref name="name"/> (e.g. "Audit"), prefixed.</summary>
    public TableClient Table(string name) => Tables().GetTableClient(TablePrefix + name);

    /// <summary>The container <paramref name="name"/> (e.g. "billing"), prefixed.</summary>
    public BlobContainerClient Container(string name) => Blobs().GetBlobContainerClient(ContainerPrefix + name);

    private sealed record Endpoints(Uri Blobs, Uri Tables, TokenCredential Credential);
}
