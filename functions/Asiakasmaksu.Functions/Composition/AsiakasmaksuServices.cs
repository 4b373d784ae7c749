using Asiakasmaksu.Adapters.AzureBlobs;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.AzureTables;
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
using Asiakasmaksu.Functions.Http;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.StaffApi.Identity;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asiakasmaksu.Functions.Composition;

/// <summary>
/// The app's services: the same use cases and adapters as the local host
/// (functions/Asiakasmaksu.Local/Serving/LocalHost.cs), on Azure Storage with the managed identity,
/// SendGrid for email, App Service authentication for callers. Settings are those of infra/ and
/// docs/deploy.md (section <c>Asiakasmaksu</c>).
/// </summary>
public static class AsiakasmaksuServices
{
    /// <summary>Registers everything and makes sure the tables and containers exist (idempotent).</summary>
    public static async Task AddAsiakasmaksuAsync(this IHostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Asiakasmaksu");
        var storage = StorageAccess.From(section.GetSection("Storage"));
        var prefix = section["Storage:TablePrefix"] ?? string.Empty;
        var tables = storage.Tables();
        var blobs = storage.Blobs();
        var store = new AzureTableStore(storage.StoreOptions(prefix));
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        async Task<TableClient> TableAsync(string name)
        {
            var client = tables.GetTableClient(prefix + name);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return client;
        }

        // Containers are not prefixed: the blob trigger and the Event Grid subscription watch "billing".
        async Task<BlobContainerClient> ContainerAsync(string name)
        {
            var client = blobs.GetBlobContainerClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return client;
        }

        var s = builder.Services;
        s.AddSingleton(TimeProvider.System);
        s.AddSingleton(InvoiceRules.Default(DefaultTariffs.Load()));
        s.AddSingleton<IInvoiceStore>(store);
        s.AddSingleton<IOutboxStore>(store);
        s.AddSingleton<IAuditLog>(new AzureAuditLog(await TableAsync("Audit").ConfigureAwait(false)));
        s.AddSingleton<IIdempotencyStore>(new AzureIdempotencyStore(await TableAsync("Idempotency").ConfigureAwait(false)));
        s.AddSingleton<IDeferralRequestStore>(new AzureDeferralRequestStore(await TableAsync("DeferralRequests").ConfigureAwait(false)));
        s.AddSingleton<IUnmatchedPaymentStore>(new AzureUnmatchedPaymentStore(await TableAsync("UnmatchedPayments").ConfigureAwait(false)));
        s.AddSingleton<IFeeReductionStore>(new AzureFeeReductionStore(await TableAsync("FeeReductions").ConfigureAwait(false)));
        s.AddSingleton<ICeilingStore>(new AzureCeilingStore(await TableAsync("Ceilings").ConfigureAwait(false)));
        s.AddSingleton<IPaymentFileStore>(new BlobPaymentFileStore(await ContainerAsync("payments").ConfigureAwait(false), await ContainerAsync("payments-reports").ConfigureAwait(false)));
        s.AddSingleton<IBillingFileStore>(new BlobBillingFileStore(await ContainerAsync("billing").ConfigureAwait(false), await ContainerAsync("billing-errors").ConfigureAwait(false)));
        s.AddSingleton<IStaffNotifier, LoggedStaffNotifier>();
        if (section["Notices:Sender"] == "SendGrid")
        {
            s.AddSingleton<INoticeArchive>(new BlobNoticeArchive(await ContainerAsync("notices").ConfigureAwait(false)));
            s.AddSingleton<IEmailSender>(new SendGridEmailSender(section.GetSection("SendGrid").Get<SendGridOptions>() ?? new SendGridOptions()));
        }
        else
        {
            var folder = Path.GetFullPath(section["Notices:Folder"] ?? "local-data/notices");
            s.AddSingleton<INoticeArchive>(new FolderNoticeArchive(folder));
            s.AddSingleton<IEmailSender>(new EmlFolderSender(folder));
        }

        s.AddSingleton(Issuer(section.GetSection("Issuer"), builder.Environment));
        s.AddSingleton(new DispatchOptions(LetterFormat: Enum.TryParse<LetterFormat>(section["Notices:LetterFormat"], out var letters) ? letters : LetterFormat.Pdf));
        s.AddUseCases();
        s.AddSingleton<ICallerAuthenticator, AppServicePrincipalAuthenticator>();
        s.AddSingleton<StaffApiHandlersFactory>();
    }

    /// <summary>
    /// The welfare area printed on every notice (section <c>Asiakasmaksu:Issuer</c>). It must be
    /// complete: a wrong IBAN on an invoice sends clients' money astray, so the app refuses to start
    /// with one. Only a development run without the section uses the fictional example.
    /// </summary>
    private static IssuerProfile Issuer(IConfigurationSection section, IHostEnvironment environment)
    {
        if (!section.Exists() && environment.IsDevelopment())
        {
            return IssuerProfile.Example;
        }

        var issuer = section.Get<IssuerProfile>() ?? new IssuerProfile();
        var problems = issuer.Problems();
        return problems.Count == 0
            ? issuer
            : throw new InvalidOperationException($"The issuer settings Asiakasmaksu__Issuer__* are incomplete: {string.Join(" ", problems)}");
    }
}
