using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Azure.Data.Tables;

namespace Asiakasmaksu.Local.Composition;

/// <summary>The stores a local run uses: in memory, or Azure Tables on an Azurite this process started (stopped on dispose).</summary>
internal sealed class Stores : IAsyncDisposable
{
    private readonly AzuriteProcess? azurite;

    private Stores(IInvoiceStore invoices, IOutboxStore outbox, IAuditLog audit, ICeilingStore ceilings, AzuriteProcess? azurite, string description)
    {
        Ceilings = ceilings;
        Invoices = invoices;
        Outbox = outbox;
        Audit = audit;
        this.azurite = azurite;
        Description = description;
    }

    public IInvoiceStore Invoices { get; }

    public IOutboxStore Outbox { get; }

    public IAuditLog Audit { get; }

    public ICeilingStore Ceilings { get; }

    public string Description { get; }

    public static Stores InMemory()
    {
        var store = new InMemoryStore();
        return new Stores(store, store, new InMemoryAuditLog(), new InMemoryCeilingStore(), null, "in memory");
    }

    /// <summary>Starts a throwaway Azurite (temp folder, free loopback ports) and the Azure Table store on it.</summary>
    public static async Task<Stores> OnFreshAzuriteAsync(CancellationToken cancellationToken)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions(), cancellationToken).ConfigureAwait(false);
        try
        {
            var options = new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "demo" };
            var store = new AzureTableStore(options);
            await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var ceilings = new TableServiceClient(azurite.ConnectionString).GetTableClient(options.TablePrefix + "Ceilings");
            await ceilings.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return new Stores(store, store, new InMemoryAuditLog(), new AzureCeilingStore(ceilings), azurite, $"Azure Tables on Azurite at {azurite.TableServiceUri}");
        }
        catch
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
