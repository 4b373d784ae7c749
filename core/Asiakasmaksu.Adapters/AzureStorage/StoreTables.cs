using Azure.Data.Tables;
using Azure.Identity;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>The store's tables (names in docs/storage.md), reached by connection string or by managed identity.</summary>
internal sealed class StoreTables
{
    /// <summary>The tables' names before the prefix, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Invoices", "InvoiceSchedule", "InvoiceClients", "InvoiceReferences", "InvoiceBatches", "Outbox"];

    public StoreTables(AzureStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.TablePrefix ?? string.Empty;
        if (prefix.Length > 40 || (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit))))
        {
            throw new ArgumentException("TablePrefix must be empty or up to 40 letters and digits starting with a letter.", nameof(options));
        }

        var service = options switch
        {
            { ConnectionString: { Length: > 0 } cs } => new TableServiceClient(cs, options.ClientOptions),
            { TableServiceUri: { } uri } => new TableServiceClient(uri, options.Credential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId }), options.ClientOptions),
            _ => throw new ArgumentException("Set ConnectionString (Azurite, local) or TableServiceUri (Azure, managed identity).", nameof(options)),
        };
        Invoices = service.GetTableClient(prefix + Names[0]);
        Schedule = service.GetTableClient(prefix + Names[1]);
        Clients = service.GetTableClient(prefix + Names[2]);
        References = service.GetTableClient(prefix + Names[3]);
        Batches = service.GetTableClient(prefix + Names[4]);
        Outbox = service.GetTableClient(prefix + Names[5]);
    }

    /// <summary>Invoice partitions (one per batch): headers, event pages, notices, line claims, overflow.</summary>
    public TableClient Invoices { get; }

    /// <summary>Wake-ups: partition = day, row = invoice and the sequence number its writer saw.</summary>
    public TableClient Schedule { get; }

    /// <summary>Client index: partition = hash bucket, row = client and invoice.</summary>
    public TableClient Clients { get; }

    /// <summary>Reference index: partition = hash bucket, row = reference and invoice.</summary>
    public TableClient References { get; }

    /// <summary>The batches that have invoices (what ListAll walks).</summary>
    public TableClient Batches { get; }

    /// <summary>The outbox: records (delivery state) and the pending queue, in hash shards.</summary>
    public TableClient Outbox { get; }

    /// <summary>Every table.</summary>
    public IEnumerable<TableClient> All => [Invoices, Schedule, Clients, References, Batches, Outbox];
}
