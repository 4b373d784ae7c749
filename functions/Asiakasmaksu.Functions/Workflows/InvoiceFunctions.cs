using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Invoices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Functions.Workflows;

/// <summary>The invoice's alarm clock as Durable Functions: the orchestrator and its one activity, written once in core (<see cref="InvoiceOrchestrator"/>).</summary>
public sealed class InvoiceFunctions(AdvanceInvoice advance)
{
    /// <summary>The orchestrator trigger.</summary>
    [Function(nameof(InvoiceOrchestrator))]
    public static Task<string> RunInvoiceOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context, InvoiceWake input) =>
        new InvoiceOrchestrator().RunAsync(context, input);

    /// <summary>The activity trigger.</summary>
    [Function(nameof(AdvanceInvoice))]
    public Task<InvoiceStep> RunAdvanceInvoice([ActivityTrigger] InvoiceWake input, CancellationToken cancellationToken) =>
        advance.RunAsync(input, cancellationToken);
}
