using Asiakasmaksu.Adapters.AzureStorage;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Asiakasmaksu.Functions.Composition;

/// <summary>
/// How the app reaches its own blobs and tables (section <c>Asiakasmaksu:Storage</c>). In Azure:
/// <c>BlobServiceUri</c> and <c>TableServiceUri</c> with the user-assigned managed identity
/// <c>ManagedIdentityClientId</c>, never keys. Locally (<c>func start</c> on Azurite): a
/// <c>ConnectionString</c>, which wins when set.
/// </summary>
public sealed class StorageAccess
{
    // Exactly one of the two is set.
    private readonly string? connectionString;
    private readonly Endpoints? endpoints;

    private StorageAccess(string? connectionString, Endpoints? endpoints)
    {
        this.connectionString = connectionString;
        this.endpoints = endpoints;
    }

    /// <summary>Reads the storage settings; a clear error names the settings when neither form is complete.</summary>
    public static StorageAccess From(IConfigurationSection storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage["ConnectionString"] is { Length: > 0 } connection)
        {
            return new StorageAccess(connection, null);
        }

        if (storage["BlobServiceUri"] is not { Length: > 0 } blobs || storage["TableServiceUri"] is not { Length: > 0 } tables)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Asiakasmaksu__Storage__BlobServiceUri and Asiakasmaksu__Storage__TableServiceUri "
                + "(Azure, with the managed identity), or Asiakasmaksu__Storage__ConnectionString (local, Azurite).");
        }

        return new StorageAccess(null, new Endpoints(new Uri(blobs), new Uri(tables), Credential(storage["ManagedIdentityClientId"])));
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
    public TableServiceClient Tables() =>
        endpoints is { } e ? new TableServiceClient(e.Tables, e.Credential) : new TableServiceClient(connectionString!);

    /// <summary>The blob service.</summary>
    public BlobServiceClient Blobs() =>
        endpoints is { } e ? new BlobServiceClient(e.Blobs, e.Credential) : new BlobServiceClient(connectionString!);

    /// <summary>The invoice store's options, with <paramref name="tablePrefix"/>.</summary>
    public AzureStorageOptions StoreOptions(string tablePrefix) => new()
    {
        ConnectionString = connectionString,
        TableServiceUri = endpoints?.Tables,
        Credential = endpoints?.Credential,
        TablePrefix = tablePrefix,
    };

    private sealed record Endpoints(Uri Blobs, Uri Tables, TokenCredential Credential);
}
