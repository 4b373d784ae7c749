using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Estates;
using Asiakasmaksu.Orchestrations.Imports;
using Asiakasmaksu.Orchestrations.Invoices;
using Asiakasmaksu.Orchestrations.Maintenance;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asiakasmaksu.Orchestrations;

/// <summary>
/// Every orchestrator and activity under its one name: the registry the local host's engine and the
/// tests' in-process engine run, and the names the Functions app's triggers carry (a test checks
/// that they agree).
/// </summary>
public static class WorkflowCatalog
{
    /// <summary>Adds the orchestrators and activities to <paramref name="registry"/>; activities get their use cases from the host's services.</summary>
    public static DurableTaskRegistry AddAsiakasmaksuWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<InvoiceOrchestrator>()
            .AddOrchestrator<DeferralApprovalOrchestrator>()
            .AddOrchestrator<EstateWriteOffOrchestrator>()
            .AddOrchestrator<BillingFileImportOrchestrator>()
            .AddActivity<AdvanceInvoice>()
            .AddActivity<NotifyApprovers>()
            .AddActivity<DecideDeferral>()
            .AddActivity<ExpireDeferral>()
            .AddActivity<ListOpenInvoices>()
            .AddActivity<WriteOffInvoice>()
            .AddActivity<ConfirmEstateWriteOff>()
            .AddActivity<ImportBillingSlice>()
            .AddActivity<FinishBillingImport>();
    }

    /// <summary>
    /// Registers what the activities use: the workflow steps (<see cref="InvoiceAlarm"/>,
    /// <see cref="DeferralApprovalSteps"/>, <see cref="EstateWriteOffSteps"/>) and the activity
    /// classes themselves (the Functions app's triggers call them). The host registers the
    /// <c>BusinessClock</c> and, unless it keeps none, the <see cref="IDueWorkLedger"/>.
    /// </summary>
    public static IServiceCollection AddWorkflowSteps(this IServiceCollection services)
    {
        services.TryAddSingleton<IDueWorkLedger>(NoDueWorkLedger.Instance);
        services.TryAddSingleton<InvoiceAlarm>();
        services.TryAddSingleton<DeferralApprovalSteps>();
        services.TryAddSingleton<EstateWriteOffSteps>();
        services.TryAddTransient<AdvanceInvoice>();
        services.TryAddTransient<NotifyApprovers>();
        services.TryAddTransient<DecideDeferral>();
        services.TryAddTransient<ExpireDeferral>();
        services.TryAddTransient<ListOpenInvoices>();
        services.TryAddTransient<WriteOffInvoice>();
        services.TryAddTransient<ConfirmEstateWriteOff>();
        services.TryAddSingleton<BillingFileImportSteps>();
        services.TryAddTransient<ImportBillingSlice>();
        services.TryAddTransient<FinishBillingImport>();
        services.TryAddSingleton<WorkflowSelfHealing>();
        return services;
    }
}
