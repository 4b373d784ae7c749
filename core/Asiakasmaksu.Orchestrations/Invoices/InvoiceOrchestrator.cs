using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Orchestrations.Invoices;

/// <summary>
/// The invoice's alarm clock: one orchestration per invoice, instance id = invoice id. Each episode
/// calls the one activity <see cref="AdvanceInvoice"/> (steps due, notices delivered, next wake-up),
/// then sleeps until that wake-up or until <see cref="WorkflowEvents.InvoiceChanged"/> is raised,
/// whichever comes first (the timer is cancelled when the change wins), and continues as new so
/// that its history stays one episode long however many months the invoice lives. It ends when
/// the invoice is closed. Deterministic: no clock, no I/O; business time is the activity's affair.
/// </summary>
public sealed partial class InvoiceOrchestrator : TaskOrchestrator<InvoiceWake, string>
{
    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, InvoiceWake input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var step = await context.CallActivityAsync<InvoiceStep>(nameof(AdvanceInvoice), input, Retries.Transient);
        if (!step.IsOpen)
        {
            LogClosed(context.CreateReplaySafeLogger<InvoiceOrchestrator>(), input.InvoiceId, step.Status);
            return step.Status;
        }

        // No wake-up while open means the invoice waits for people (a pending rectification claim,
        // enforcement): only a change wakes it then.
        var changed = context.WaitForExternalEvent<string>(WorkflowEvents.InvoiceChanged);
        using var timerCancel = new CancellationTokenSource();
        if (step.EngineWakeAt is { } wakeAt && await Task.WhenAny(changed, context.CreateTimer(wakeAt.UtcDateTime, timerCancel.Token)) != changed)
        {
            context.ContinueAsNew(new InvoiceWake(input.InvoiceId, step.WakeAt), preserveUnprocessedEvents: true);
            return step.Status;
        }

        timerCancel.Cancel();
        LogChanged(context.CreateReplaySafeLogger<InvoiceOrchestrator>(), input.InvoiceId, await changed);
        context.ContinueAsNew(new InvoiceWake(input.InvoiceId), preserveUnprocessedEvents: true);
        return step.Status;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Invoice {InvoiceId} is {Status}; its orchestration ends")]
    private static partial void LogClosed(ILogger logger, string invoiceId, string status);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Invoice {InvoiceId} woken by a change: {Why}")]
    private static partial void LogChanged(ILogger logger, string invoiceId, string why);
}
