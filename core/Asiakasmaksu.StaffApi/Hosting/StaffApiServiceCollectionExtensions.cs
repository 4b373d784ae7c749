using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.StaffApi.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asiakasmaksu.StaffApi.Hosting;

/// <summary>Registers the staff API's use cases and handlers.</summary>
public static class StaffApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InvoiceWorkflow"/>, <see cref="StaffActions"/>, <see cref="EstateWriteOff"/>,
    /// <see cref="DeferralApprovals"/>, <see cref="StaffApiServices"/> and <see cref="StaffApiHandlers"/>
    /// as singletons (each only if not registered yet). The host registers what they use:
    /// <c>TimeProvider</c>, <c>InvoiceRules</c>, <c>IInvoiceStore</c>, <c>IOutboxStore</c>,
    /// <c>IAuditLog</c>, <c>IIdempotencyStore</c>, <c>IDeferralRequestStore</c>,
    /// <c>IStaffNotifier</c>, <c>IInvoiceChangeListener</c> and <c>ICallerAuthenticator</c>.
    /// </summary>
    public static IServiceCollection AddStaffApi(this IServiceCollection services)
    {
        services.TryAddSingleton<InvoiceWorkflow>();
        services.TryAddSingleton<StaffActions>();
        services.TryAddSingleton<EstateWriteOff>();
        services.TryAddSingleton<DeferralApprovals>();
        services.TryAddSingleton<CeilingStatements>();
        services.TryAddSingleton<StaffApiServices>();
        services.TryAddSingleton<StaffApiHandlers>();
        return services;
    }
}
