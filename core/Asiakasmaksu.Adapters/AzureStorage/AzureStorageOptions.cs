using Azure.Core;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Where the Azure Table store keeps its tables, bound from configuration (section
/// <c>Asiakasmaksu:Storage</c>). Locally and on Azurite a <see cref="ConnectionString"/>; in Azure a
/// <see cref="TableServiceUri"/> with managed identity (<see cref="Credential"/>, by default
/// <c>DefaultAzureCredential</c>), never keys.
/// </summary>
public sealed class AzureStorageOptions
{
    /// <summary>A storage connection string (Azurite, or an account with shared keys); wins over <see cref="TableServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table service endpoint (e.g. <c>https://account.table.core.windows.net/</c>), used with <see cref="Credential"/>.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The identity to reach <see cref="TableServiceUri"/> with; null means <c>DefaultAzureCredential</c> (managed identity in Azure).</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>The client id of a user-assigned managed identity (app setting <c>Asiakasmaksu__Storage__ManagedIdentityClientId</c>); used when <see cref="Credential"/> is null.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Put before every table name (letters and digits, starting with a letter, or empty), so that several stores share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>How many entity-group transactions <c>CreateAsync</c> (and the index writes around it) sends at once.</summary>
    public int MaxParallelBatches { get; set; } = 8;

    /// <summary>At most this many operations per entity-group transaction (the service allows 100); an invoice's own rows always go together.</summary>
    public int MaxOperationsPerBatch { get; set; } = 100;

    /// <summary>
    /// How long the old day's schedule entries that commits leave behind may wait to be deleted together,
    /// up to 100 of a day in one transaction (<see cref="ScheduleRemovals"/>); zero deletes each right
    /// after its commit. Entries still waiting when the process stops stay as stale entries, which
    /// readers of the schedule skip (docs/storage.md, "Schedule").
    /// </summary>
    public TimeSpan ScheduleRemovalDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The clock <see cref="ScheduleRemovalDelay"/> is measured on.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The table clients' options (retries, an added pipeline policy such as a request counter); null for the SDK's defaults.</summary>
    public TableClientOptions? ClientOptions { get; set; }
}
