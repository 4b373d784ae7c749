using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Functions.Durable;
using Asiakasmaksu.Functions.Notices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using AdvanceInvoiceCase = Asiakasmaksu.Application.Invoices.AdvanceInvoice;

namespace Asiakasmaksu.Functions.Invoices;

/// <summary>
/// The invoice's alarm clock: one eternal orchestration per invoice, instance id = invoice id. It
/// advances the invoice to today (<see cref="AdvanceInvoice"/>), delivers the notices that queued,
/// then sleeps until the next wake-up day or until <see cref="InvoiceChanged"/> is raised (a staff
/// change, an approved deferral, a write-off), whichever comes first, and continues as new so that
/// its history stays small for invoices that live for months. It ends when the invoice is closed.
/// </summary>
public sealed partial class InvoiceOrchestration(AdvanceInvoiceCase advance, TimeProvider clock)
{
    /// <summary>The external event that wakes an invoice's orchestration at once; its payload says why.</summary>
    public const string InvoiceChanged = "InvoiceChanged";

    /// <summary>The invoice status in which the orchestration keeps following it.</summary>
    private const string OpenStatus = "open";

    /// <summary>The orchestrator. Deterministic: it reads no clock and does no I/O outside the context.</summary>
    [Function(nameof(InvoiceOrchestrator))]
    public static async Task InvoiceOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context, string invoiceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.CreateReplaySafeLogger(typeof(InvoiceOrchestration));
        var step = await context.CallActivityAsync<InvoiceStep>(nameof(AdvanceInvoice), invoiceId, Retries.Transient);
        if (step.Notices > 0)
        {
            await context.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), invoiceId, Retries.Transient);
        }

        if (step.Status != OpenStatus)
        {
            LogClosed(logger, invoiceId, step.Status);
            return;
        }

        // No wake-up while the invoice is open means it waits for people (a pending rectification
        // claim, enforcement): only InvoiceChanged wakes it then.
        using var timerCancel = new CancellationTokenSource();
        var changed = context.WaitForExternalEvent<string>(InvoiceChanged, CancellationToken.None);
        Task[] waits = step.WakeAt is { } wakeAt ? [changed, context.CreateTimer(wakeAt.UtcDateTime, timerCancel.Token)] : [changed];
        if (await Task.WhenAny(waits) == changed)
        {
            timerCancel.Cancel();
            LogChanged(logger, invoiceId, await changed);

            // A staff change may have queued a notice (a deferral or plan confirmation): deliver it now.
            await context.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), invoiceId, Retries.Transient);
        }

        context.ContinueAsNew(invoiceId, preserveUnprocessedEvents: true);
    }

    /// <summary>
    /// Activity: loads the invoice, runs the decider for today (Helsinki), stores the events, queues
    /// the notices and tells when to wake next: the start of the wake-up day, or none.
    /// </summary>
    [Function(nameof(AdvanceInvoice))]
    public async Task<InvoiceStep> AdvanceInvoice([ActivityTrigger] string invoiceId, CancellationToken cancellationToken)
    {
        var result = await advance.RunAsync(new InvoiceId(invoiceId), clock.Today(), cancellationToken).ConfigureAwait(false);
        return new InvoiceStep(result.Status, result.NextWakeUp is { } day ? BusinessTime.StartOf(day) : null, result.Events, result.Notices);
    }

    /// <summary>
    /// Starts the orchestration of a new invoice; an instance that already exists (in any state) is
    /// left alone. Returns whether it was started.
    /// </summary>
    public static Task<bool> StartAsync(DurableTaskClient client, string invoiceId, CancellationToken cancellationToken) =>
        Orchestrations.StartIfAbsentAsync(client, nameof(InvoiceOrchestrator), invoiceId, invoiceId, cancellationToken);

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Invoice {InvoiceId} is {Status}; its orchestration ends")]
    private static partial void LogClosed(ILogger logger, string invoiceId, string status);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Invoice {InvoiceId} woken by a change: {Why}")]
    private static partial void LogChanged(ILogger logger, string invoiceId, string why);
}

/// <summary>What advancing an invoice did and when it must wake next.</summary>
/// <param name="Status">open, paid, written_off, waived, cancelled, or not_found.</param>
/// <param name="WakeAt">The instant of the next wake-up (the start of its Helsinki day), or null when none.</param>
/// <param name="Events">Events created.</param>
/// <param name="Notices">Notices queued.</param>
public sealed record InvoiceStep(string Status, DateTimeOffset? WakeAt, int Events, int Notices);
