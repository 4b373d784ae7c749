using Asiakasmaksu.Adapters.AzureBlobs;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.SendGridMail;
using Asiakasmaksu.Application;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Local.Identity;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.StaffApi.Endpoints;
using Asiakasmaksu.StaffApi.Hosting;
using Asiakasmaksu.StaffApi.Identity;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Builds the local host: Kestrel on loopback with the staff API and its OpenAPI document, the
/// scheduler, the billing- and payments-container watchers and the outbox, on Azure Storage (Azurite, started
/// here when no connection string is configured or it does not answer).
/// </summary>
internal static class LocalHost
{
    public static async Task<LocalHostHandle> BuildAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var section = builder.Configuration.GetSection("Asiakasmaksu");
        AzuriteProcess? azurite = null;
        var connection = section["Storage:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection) || !await AzuriteProcess.IsReachableAsync(connection, TimeSpan.FromSeconds(3)).ConfigureAwait(false))
        {
            // Azurite keeps its tables in node's heap; serve's data grow with every file, so the heap may
            // grow past node's default of about 4 GB (a million-line file needs more) before Azurite dies.
            azurite = await AzuriteProcess.StartAsync(
                new AzuriteOptions
                {
                    DataFolder = Path.GetFullPath(section["Storage:AzuriteDataFolder"] ?? "local-data/azurite"),
                    NodeHeapLimitMegabytes = section.GetValue("Storage:AzuriteHeapMegabytes", 12288),
                },
                cancellationToken).ConfigureAwait(false);
            connection = azurite.ConnectionString;
        }

        try
        {
            await AddServicesAsync(builder, connection!, section, cancellationToken).ConfigureAwait(false);
            var app = builder.Build();
            app.UseStaffApiProblems();
            app.MapOpenApi();
            app.MapStaffApi();
            app.MapGet("/", () => Results.Redirect("/openapi/v1.json")).ExcludeFromDescription();
            return new LocalHostHandle(app, azurite, connection!);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private static async Task AddServicesAsync(WebApplicationBuilder builder, string connection, IConfigurationSection section, CancellationToken cancellationToken)
    {
        var s = builder.Services;
        var prefix = section["Storage:TablePrefix"] ?? string.Empty;
        var containerPrefix = prefix.ToLowerInvariant();
        var tables = new TableServiceClient(connection);
        var blobs = new BlobServiceClient(connection);
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = connection, TablePrefix = prefix });
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var table = async (string name) =>
        {
            var client = tables.GetTableClient(prefix + name);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return client;
        };
        var container = async (string name) =>
        {
            var client = blobs.GetBlobContainerClient(containerPrefix + name);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return client;
        };

        s.AddOpenApi();
        s.AddSingleton(TimeProvider.System);
        s.AddSingleton(InvoiceRules.Default(DefaultTariffs.Load()));
        s.AddSingleton<IInvoiceStore>(store);
        s.AddSingleton<IOutboxStore>(store);
        s.AddSingleton<IAuditLog>(new AzureAuditLog(await table("Audit").ConfigureAwait(false)));
        s.AddSingleton<IIdempotencyStore>(new AzureIdempotencyStore(await table("Idempotency").ConfigureAwait(false)));
        s.AddSingleton<IDeferralRequestStore>(new AzureDeferralRequestStore(await table("DeferralRequests").ConfigureAwait(false)));
        s.AddSingleton<IUnmatchedPaymentStore>(new AzureUnmatchedPaymentStore(await table("UnmatchedPayments").ConfigureAwait(false)));
        s.AddSingleton<IFeeReductionStore>(new AzureFeeReductionStore(await table("FeeReductions").ConfigureAwait(false)));
        s.AddSingleton<ICeilingStore>(new AzureCeilingStore(await table("Ceilings").ConfigureAwait(false)));
        s.AddSingleton<IPaymentFileStore>(new BlobPaymentFileStore(await container("payments").ConfigureAwait(false), await container("payments-reports").ConfigureAwait(false)));
        s.AddSingleton<IBillingFileStore>(new BlobBillingFileStore(await container("billing").ConfigureAwait(false), await container("billing-errors").ConfigureAwait(false)));
        var noticesFolder = Path.GetFullPath(section["Notices:Folder"] ?? "local-data/notices");
        s.AddSingleton<IStaffNotifier>(new FolderStaffNotifier(Path.Combine(noticesFolder, "staff")));
        s.AddSingleton<INoticeArchive>(section["Notices:Sender"] == "SendGrid"
            ? new BlobNoticeArchive(await container("notices").ConfigureAwait(false))
            : new FolderNoticeArchive(noticesFolder));
        s.AddSingleton<IEmailSender>(section["Notices:Sender"] == "SendGrid"
            ? new SendGridEmailSender(section.GetSection("SendGrid").Get<SendGridOptions>() ?? new SendGridOptions())
            : new EmlFolderSender(noticesFolder));
        s.AddSingleton(IssuerProfile.Example);
        s.AddSingleton(new DispatchOptions(LetterFormat: Enum.TryParse<LetterFormat>(section["Notices:LetterFormat"], out var letters) ? letters : LetterFormat.Pdf));
        s.AddStaffApi();
        s.AddUseCases();
        s.AddSingleton<LocalChangeSignal>();
        s.AddSingleton<IInvoiceChangeListener>(sp => sp.GetRequiredService<LocalChangeSignal>());
        s.AddSingleton<ICallerAuthenticator>(new LocalKeyAuthenticator(section.GetSection("Local:ApiKeys").Get<List<LocalApiKey>>() ?? []));
        s.AddSingleton<SchedulerService>();
        s.AddHostedService(sp => sp.GetRequiredService<SchedulerService>());
        s.AddSingleton<BillingWatcherService>();
        s.AddHostedService(sp => sp.GetRequiredService<BillingWatcherService>());
        s.AddSingleton<PaymentsWatcherService>();
        s.AddHostedService(sp => sp.GetRequiredService<PaymentsWatcherService>());
    }
}
