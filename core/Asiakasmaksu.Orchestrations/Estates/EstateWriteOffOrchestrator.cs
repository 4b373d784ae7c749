using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Orchestrations.Estates;

/// <summary>
/// Estate write-off (seed 002; fan-out/fan-in): the estate inventory of a deceased client shows no
/// assets, so every open invoice of the client is written off, one <see cref="WriteOffInvoice"/>
/// activity per invoice at once; then each invoice's orchestration is woken and the one
/// confirmation goes to the estate. Idempotent like the use case it runs.
/// </summary>
public sealed partial class EstateWriteOffOrchestrator : TaskOrchestrator<EstateWriteOffOrder, EstateWriteOffSummary>
{
    /// <inheritdoc/>
    public override async Task<EstateWriteOffSummary> RunAsync(TaskOrchestrationContext context, EstateWriteOffOrder input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var open = await context.CallActivityAsync<IReadOnlyList<string>>(nameof(ListOpenInvoices), input.ClientId, Retries.Transient);
        var outcomes = await Task.WhenAll(open.Select(id =>
            context.CallActivityAsync<EstateInvoiceOutcome>(nameof(WriteOffInvoice), new EstateInvoice(id, input.InventoryDate, input.Stamp), Retries.Transient)));
        foreach (var id in open)
        {
            context.SendEvent(id, WorkflowEvents.InvoiceChanged, "estate write-off");
        }

        var confirmationId = await context.CallActivityAsync<string?>(nameof(ConfirmEstateWriteOff), new EstateConfirmation(context.InstanceId, input), Retries.Transient);
        var summary = new EstateWriteOffSummary(
            outcomes.Count(o => o.WrittenOff),
            [.. outcomes.Select(o => o.Refusal).OfType<string>()],
            confirmationId);
        LogDone(context.CreateReplaySafeLogger<EstateWriteOffOrchestrator>(), open.Count, summary.WrittenOff, summary.Refusals.Count);
        return summary;
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Estate write-off: {Open} open invoices, {WrittenOff} written off, {Refused} refused")]
    private static partial void LogDone(ILogger logger, int open, int writtenOff, int refused);
}
