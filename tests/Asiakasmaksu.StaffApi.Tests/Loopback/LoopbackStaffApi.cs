using Asiakasmaksu.Adapters.AzureBlobs;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Hosting;
using Asiakasmaksu.StaffApi.Identity;
using Asiakasmaksu.Testing;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>
/// The staff API on a real Kestrel host on a free loopback port, on its own Azurite: the audit,
/// Idempotency-Key and deferral-request stores are the Azure Table ones, callers are the
/// <see cref="StaffKeys"/>, the clock is the one given. Shared by the API's tests and its load harness.
/// </summary>
public sealed class LoopbackStaffApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly AzuriteProcess azurite;

    private LoopbackStaffApi(WebApplication app, AzuriteProcess azurite, IInvoiceStore invoices, IOutboxStore outbox, IAuditLog audit, RecordingNotifier notifier, RecordingWorkflowEngine workflows, CapturedLogs logs)
    {
        Logs = logs;
        this.app = app;
        this.azurite = azurite;
        Invoices = invoices;
        Outbox = outbox;
        Audit = audit;
        Notifier = notifier;
        Workflows = workflows;
        Address = app.Address();
    }

    /// <summary>Where the API listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The host's services (use cases, stores).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The keyed hash of henkilötunnus the host's search uses (a fixed test key).</summary>
    public static PersonalIdentityHasher SearchHasher { get; } = new(System.Text.Encoding.UTF8.GetBytes("loopback test key of the client search index"));

    /// <summary>Every log message the host wrote, at every level (to check that no personal data is logged).</summary>
    public CapturedLogs Logs { get; }

    /// <summary>The invoice store the API uses (as registered, decorated or not).</summary>
    public IInvoiceStore Invoices { get; }

    /// <summary>The outbox (notices to clients).</summary>
    public IOutboxStore Outbox { get; }

    /// <summary>The audit trail on Azurite.</summary>
    public IAuditLog Audit { get; }

    /// <summary>Staff notifications sent.</summary>
    public RecordingNotifier Notifier { get; }

    /// <summary>What the API handed to the workflow engine (changed invoices, approvals, decisions, estate write-offs).</summary>
    public RecordingWorkflowEngine Workflows { get; }

    /// <summary>
    /// Starts Azurite and the host. <paramref name="decorate"/> may wrap the invoice store (a test
    /// that forces two requests to race); <paramref name="keys"/> defaults to <see cref="StaffKeys.All"/>.
    /// </summary>
    public static async Task<LoopbackStaffApi> StartAsync(
        TimeProvider clock, Func<IInvoiceStore, IInvoiceStore>? decorate = null, IReadOnlyDictionary<string, Actor>? keys = null, CancellationToken cancellationToken = default)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true }, cancellationToken);
        try
        {
            var (invoices, outbox) = await CreateInvoiceStoreAsync(azurite.ConnectionString, cancellationToken);
            var store = decorate?.Invoke(invoices) ?? invoices;
            var tables = new TableServiceClient(azurite.ConnectionString);
            var audit = new AzureAuditLog(await TableAsync(tables, "StaffAudit", cancellationToken));
            var idempotency = new AzureIdempotencyStore(await TableAsync(tables, "StaffIdempotency", cancellationToken));
            var requests = new AzureDeferralRequestStore(await TableAsync(tables, "StaffDeferralRequests", cancellationToken));
            var unmatched = new AzureUnmatchedPaymentStore(await TableAsync(tables, "StaffUnmatchedPayments", cancellationToken));
            var feeReductions = new AzureFeeReductionStore(await TableAsync(tables, "StaffFeeReductions", cancellationToken));
            var ceilings = new AzureCeilingStore(await TableAsync(tables, "StaffCeilings", cancellationToken));
            var search = new AzureClientSearchIndex(await TableAsync(tables, "StaffClientSearch", cancellationToken));
            var importLog = new AzureImportLog(await TableAsync(tables, "StaffImportLog", cancellationToken));
            var blobs = new BlobServiceClient(azurite.ConnectionString);
            var billingFiles = new BlobBillingFileStore(await ContainerAsync(blobs, "staff-billing", cancellationToken), await ContainerAsync(blobs, "staff-billing-errors", cancellationToken));
            var paymentFiles = new BlobPaymentFileStore(await ContainerAsync(blobs, "staff-payments", cancellationToken), await ContainerAsync(blobs, "staff-payment-reports", cancellationToken));
            var notices = new BlobNoticeArchive(await ContainerAsync(blobs, "staff-notices", cancellationToken));
            var logs = new CapturedLogs();
            var notifier = new RecordingNotifier();
            var workflows = new RecordingWorkflowEngine();
            var app = StaffApiHost.Build("http://127.0.0.1:0", s =>
            {
                s.AddSingleton(clock);
                s.AddSingleton(SeedInvoices.Rules);
                s.AddSingleton(store);
                s.AddSingleton(outbox);
                s.AddSingleton<IAuditLog>(audit);
                s.AddSingleton<IIdempotencyStore>(idempotency);
                s.AddSingleton<IDeferralRequestStore>(requests);
                s.AddSingleton<IUnmatchedPaymentStore>(unmatched);
                s.AddSingleton<IFeeReductionStore>(feeReductions);
                s.AddSingleton<ICeilingStore>(ceilings);
                s.AddSingleton<IStaffNotifier>(notifier);
                s.AddSingleton<IWorkflowEngine>(workflows);
                s.AddSingleton<ICallerAuthenticator>(new KeyAuthenticator(keys ?? StaffKeys.All));
                s.AddSingleton<IClientSearchIndex>(search);
                s.AddSingleton(new ClientSearch(store, search, SearchHasher));
                s.AddSingleton<IImportLog>(importLog);
                s.AddSingleton<IBillingFileStore>(billingFiles);
                s.AddSingleton<IPaymentFileStore>(paymentFiles);
                s.AddSingleton<INoticeArchive>(notices);
                s.AddSingleton(new ImportBookkeeping(importLog, search, SearchHasher, clock));
                s.AddSingleton<ILoggerProvider>(logs);
                s.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, null, LogLevel.Trace, null)));
            });
            await app.StartAsync(cancellationToken);
            return new LoopbackStaffApi(app, azurite, store, outbox, audit, notifier, workflows, logs);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops Azurite under the running host (storage gone).</summary>
    public ValueTask StopStorageAsync() => azurite.DisposeAsync();

    /// <summary>Creates <paramref name="invoices"/> in the store, as an import would.</summary>
    public async Task SeedAsync(params NewInvoice[] invoices)
    {
        var outcomes = await Invoices.CreateAsync(invoices, CancellationToken.None);
        if (outcomes.Count != invoices.Length)
        {
            throw new InvalidOperationException("The store did not report every seeded invoice.");
        }
    }

    /// <summary>
    /// Uploads <paramref name="content"/> as billing file <paramref name="fileName"/> and imports it as
    /// the hosts do (<see cref="ImportBillingFile"/> with the import log and the search index), the
    /// import's clock at <paramref name="importedAt"/>.
    /// </summary>
    public async Task<ImportOutcome> ImportBillingFileAsync(string fileName, string content, TimeProvider importedAt)
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient("staff-billing").GetBlobClient(fileName).UploadAsync(BinaryData.FromString(content), overwrite: true);
        var import = new BillingImport(Invoices, Services.GetRequiredService<Domain.Invoices.InvoiceRules>(), importedAt, Services.GetRequiredService<ICeilingStore>(), Outbox);
        var use = new ImportBillingFile(Services.GetRequiredService<IBillingFileStore>(), import, new ImportBookkeeping(Services.GetRequiredService<IImportLog>(), Services.GetRequiredService<IClientSearchIndex>(), SearchHasher, importedAt));
        return await use.RunAsync(fileName, null, null, CancellationToken.None);
    }

    /// <summary>Uploads <paramref name="content"/> as bank payment file <paramref name="fileName"/> and applies it as the hosts do (<see cref="ImportPaymentFile"/> with the import log).</summary>
    public async Task<PaymentImportOutcome> ImportPaymentFileAsync(string fileName, string content)
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient("staff-payments").GetBlobClient(fileName).UploadAsync(BinaryData.FromString(content), overwrite: true);
        var clock = Services.GetRequiredService<TimeProvider>();
        var import = new PaymentImport(Invoices, Services.GetRequiredService<StaffActions>(), Services.GetRequiredService<IUnmatchedPaymentStore>(), clock);
        return await new ImportPaymentFile(Services.GetRequiredService<IPaymentFileStore>(), import, Services.GetRequiredService<ImportBookkeeping>()).RunAsync(fileName, CancellationToken.None);
    }

    /// <summary>Stops the host and Azurite.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    /// <summary>
    /// The one place the API's invoice store is made (it is also the outbox).
    /// </summary>
    private static async Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> CreateInvoiceStoreAsync(string connectionString, CancellationToken cancellationToken)
    {
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = connectionString, TablePrefix = "staff" });
        await store.EnsureCreatedAsync(cancellationToken);
        return (store, store);
    }

    private static async Task<BlobContainerClient> ContainerAsync(BlobServiceClient blobs, string name, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return container;
    }

    private static async Task<TableClient> TableAsync(TableServiceClient tables, string name, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }
}
