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
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Orchestrations;
using Asiakasmaksu.StaffApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asiakasmaksu.Hosting;

/// <summary>
/// The registrations both hosts are built from (settings: section <c>Asiakasmaksu</c>, described in
/// docs/deploy.md): the stores on Azure Tables and Blobs, the use cases, the staff API's handlers,
/// the workflow steps the activities run, the notice senders and the issuer. A host adds only what
/// truly differs: <c>ICallerAuthenticator</c> (App Service authentication or local keys),
/// <c>IStaffNotifier</c>, and its <see cref="IWorkflowEngine"/> (the Durable client); it may
/// register its own <see cref="BusinessClock"/> first (the local host's demonstration speed).
/// </summary>
public static class AsiakasmaksuServices
{
    /// <summary>Registers everything both hosts share; <paramref name="allowExampleIssuer"/> lets a run without issuer settings print the fictional example.</summary>
    public static IServiceCollection AddAsiakasmaksu(this IServiceCollection services, IConfigurationSection section, StorageAccess storage, bool allowExampleIssuer)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(storage);
        services.TryAddSingleton<BusinessClock>(SystemBusinessClock.Instance);
        services.TryAddSingleton<TimeProvider>(sp => sp.GetRequiredService<BusinessClock>());
        services.AddSingleton(storage);
        services.AddSingleton(InvoiceRules.Default(DefaultTariffs.Load()));
        var store = new AzureTableStore(storage.StoreOptions());
        services.AddSingleton<IInvoiceStore>(store);
        services.AddSingleton<IOutboxStore>(store);
        services.AddSingleton<IAuditLog>(new AzureAuditLog(storage.Table(StorageNames.AuditTable)));
        services.AddSingleton<IIdempotencyStore>(new AzureIdempotencyStore(storage.Table(StorageNames.IdempotencyTable)));
        services.AddSingleton<IDeferralRequestStore>(new AzureDeferralRequestStore(storage.Table(StorageNames.DeferralRequestsTable)));
        services.AddSingleton<IUnmatchedPaymentStore>(new AzureUnmatchedPaymentStore(storage.Table(StorageNames.UnmatchedPaymentsTable)));
        services.AddSingleton<IFeeReductionStore>(new AzureFeeReductionStore(storage.Table(StorageNames.FeeReductionsTable)));
        services.AddSingleton<ICeilingStore>(new AzureCeilingStore(storage.Table(StorageNames.CeilingsTable)));
        services.AddSingleton<IPaymentFileStore>(new BlobPaymentFileStore(storage.Container(StorageNames.PaymentsContainer), storage.Container(StorageNames.PaymentReportsContainer)));
        services.AddSingleton<IBillingFileStore>(new BlobBillingFileStore(storage.Container(StorageNames.BillingContainer), storage.Container(StorageNames.BillingErrorsContainer)));
        AddSearchAndImportLog(services, section, storage, allowExampleIssuer);
        AddNoticeSenders(services, section, storage);
        services.AddSingleton(IssuerSettings.Resolve(section.GetSection("Issuer"), allowExampleIssuer));
        services.TryAddSingleton(new DispatchOptions(LetterFormat: Enum.TryParse<LetterFormat>(section["Notices:LetterFormat"], out var letters) ? letters : LetterFormat.Pdf));
        services.AddUseCases();
        services.AddStaffApi();
        services.AddWorkflowSteps();
        services.TryAddSingleton<BillingFileArrival>();
        services.TryAddSingleton<PaymentFileArrival>();
        return services;
    }

    /// <summary>
    /// The client search index and the billing office's import log on Azure Tables, and the keyed hash
    /// of henkilötunnus (<c>Search:PersonalIdentityKey</c>, base64 of at least 32 bytes; a host may
    /// register its own <see cref="PersonalIdentityHasher"/> first). A local or development host
    /// (<paramref name="localKey"/>) without one makes its own once (<see cref="LocalSearchKey"/>); any
    /// other host without a key indexes names only, and a search by henkilötunnus answers 503.
    /// </summary>
    private static void AddSearchAndImportLog(IServiceCollection services, IConfigurationSection section, StorageAccess storage, bool localKey)
    {
        services.AddSingleton<IClientSearchIndex>(new AzureClientSearchIndex(storage.Table(StorageNames.ClientSearchTable)));
        services.AddSingleton<IImportLog>(new AzureImportLog(storage.Table(StorageNames.ImportLogTable)));
        if (section["Search:PersonalIdentityKey"] is { Length: > 0 } key)
        {
            services.TryAddSingleton(new PersonalIdentityHasher(SearchKeyBytes(key)));
        }
        else if (localKey)
        {
            var file = Path.GetFullPath(section["Search:PersonalIdentityKeyFile"] ?? "local-data/search-key");
            services.TryAddSingleton(_ => new PersonalIdentityHasher(LocalSearchKey.ReadOrCreate(file)));
        }

        services.TryAddSingleton(sp => new ImportBookkeeping(sp.GetRequiredService<IImportLog>(), sp.GetRequiredService<IClientSearchIndex>(), sp.GetService<PersonalIdentityHasher>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ClientSearch(sp.GetRequiredService<IInvoiceStore>(), sp.GetRequiredService<IClientSearchIndex>(), sp.GetService<PersonalIdentityHasher>()));
    }

    /// <summary>
    /// Emails by SendGrid with rendered copies in the <c>notices</c> container and e-invoices in the
    /// <c>einvoices</c> container (<c>Notices:Sender</c> = SendGrid), or, by default, .eml files,
    /// letters and e-invoices (<c>einvoices/</c>) under <c>Notices:Folder</c>.
    /// </summary>
    private static void AddNoticeSenders(IServiceCollection services, IConfigurationSection section, StorageAccess storage)
    {
        if (section["Notices:Sender"] == "SendGrid")
        {
            services.AddSingleton<INoticeArchive>(new BlobNoticeArchive(storage.Container(StorageNames.NoticesContainer)));
            services.AddSingleton<IEmailSender>(new SendGridEmailSender(section.GetSection("SendGrid").Get<SendGridOptions>() ?? new SendGridOptions()));
            services.AddSingleton<IEInvoiceSender>(new BlobEInvoiceSender(storage.Container(StorageNames.EInvoicesContainer)));
            return;
        }

        var folder = NoticesFolder(section);
        services.AddSingleton<INoticeArchive>(new FolderNoticeArchive(folder));
        services.AddSingleton<IEmailSender>(new EmlFolderSender(folder));
        services.AddSingleton<IEInvoiceSender>(new FolderEInvoiceSender(Path.Combine(folder, StorageNames.EInvoicesContainer)));
    }

    /// <summary>Where notices go without SendGrid: <c>Notices:Folder</c> (default <c>local-data/notices</c>), as a full path.</summary>
    public static string NoticesFolder(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Path.GetFullPath(section["Notices:Folder"] ?? "local-data/notices");
    }

    /// <summary>
    /// The search key's bytes from its setting (base64). A key that is not base64 stops the host
    /// with a message that names the setting (never the value), rather than a bare FormatException.
    /// </summary>
    private static byte[] SearchKeyBytes(string key)
    {
        try
        {
            return Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("The setting Asiakasmaksu:Search:PersonalIdentityKey (Key Vault secret SearchPersonalIdentityKey) is not base64; see docs/deploy.md.");
        }
    }
}
