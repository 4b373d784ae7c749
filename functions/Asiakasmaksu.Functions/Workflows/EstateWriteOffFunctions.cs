using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Estates;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Functions.Workflows;

/// <summary>The estate write-off fan-out as Durable Functions, written once in core (<see cref="EstateWriteOffOrchestrator"/>).</summary>
public sealed class EstateWriteOffFunctions(ListOpenInvoices list, WriteOffInvoice writeOff, ConfirmEstateWriteOff confirm)
{
    /// <summary>The orchestrator trigger.</summary>
    [Function(nameof(EstateWriteOffOrchestrator))]
    public static Task<EstateWriteOffSummary> RunEstateWriteOffOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context, EstateWriteOffOrder input) =>
        new EstateWriteOffOrchestrator().RunAsync(context, input);

    /// <summary>Activity trigger: the client's open invoices.</summary>
    [Function(nameof(ListOpenInvoices))]
    public Task<IReadOnlyList<string>> RunListOpenInvoices([ActivityTrigger] string clientId, CancellationToken cancellationToken) =>
        list.RunAsync(clientId, cancellationToken);

    /// <summary>Activity trigger: write off one invoice.</summary>
    [Function(nameof(WriteOffInvoice))]
    public Task<EstateInvoiceOutcome> RunWriteOffInvoice([ActivityTrigger] EstateInvoice item, CancellationToken cancellationToken) =>
        writeOff.RunAsync(item, cancellationToken);

    /// <summary>Activity trigger: the one confirmation.</summary>
    [Function(nameof(ConfirmEstateWriteOff))]
    public Task<string?> RunConfirmEstateWriteOff([ActivityTrigger] EstateConfirmation confirmation, CancellationToken cancellationToken) =>
        confirm.RunAsync(confirmation, cancellationToken);
}
