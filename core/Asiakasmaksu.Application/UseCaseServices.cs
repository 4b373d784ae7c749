using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Maintenance;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asiakasmaksu.Application;

/// <summary>The use cases every host runs, registered once for the local host and the Functions app alike.</summary>
public static class UseCaseServices
{
    /// <summary>
    /// Adds the use cases (invoices, staff actions, deferral approvals, estate write-off, billing and
    /// payment imports) and the outbox dispatcher with its renderer, as singletons, each only if not
    /// registered yet. The host registers what they use: the clock, the rules, the stores, the file
    /// stores, the notifier, the senders, the <see cref="IssuerProfile"/> and the <see cref="DispatchOptions"/>.
    /// </summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton<InvoiceWorkflow>();
        services.TryAddSingleton<AdvanceInvoice>();
        services.TryAddSingleton<AdvanceDueInvoices>();
        services.TryAddSingleton<OpenInvoices>();
        services.TryAddSingleton<Housekeeping>();
        services.TryAddSingleton<StaffActions>();
        services.TryAddSingleton<CeilingStatements>();
        services.TryAddSingleton<EstateWriteOff>();
        services.TryAddSingleton<DeferralApprovals>();
        services.TryAddSingleton<BillingImport>();
        services.TryAddSingleton<ImportBillingFile>();
        services.TryAddSingleton<PaymentImport>();
        services.TryAddSingleton<ImportPaymentFile>();
        services.TryAddSingleton(sp => new NoticeRenderer(sp.GetRequiredService<IssuerProfile>()));
        services.TryAddSingleton<INoticeDispatcher, OutboxDispatcher>();
        return services;
    }
}
