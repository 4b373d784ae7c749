using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Functions.Durable;
using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.Functions.Notices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using EstateWriteOffCase = Asiakasmaksu.Application.Staff.EstateWriteOff;

namespace Asiakasmaksu.Functions.Staff;

/// <summary>
/// Estate write-off (seed 002): the estate inventory of a deceased client shows no assets, so every
/// open invoice of the client is written off. Fan-out/fan-in: one <see cref="WriteOffInvoice"/>
/// activity per open invoice, then each invoice's orchestration is woken and the one confirmation
/// goes to the estate administrator. Idempotent like the use case it runs.
/// </summary>
public sealed partial class EstateWriteOffWorkflow(EstateWriteOffCase estate)
{
    /// <summary>The orchestrator; returns what was done.</summary>
    [Function(nameof(EstateWriteOff))]
    public static async Task<EstateWriteOffSummary> EstateWriteOff([OrchestrationTrigger] TaskOrchestrationContext context, EstateWriteOffInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger(typeof(EstateWriteOffWorkflow));
        var open = await context.CallActivityAsync<IReadOnlyList<string>>(nameof(ListOpenInvoices), input.ClientId, Retries.Transient);
        var writeOffs = open
            .Select(id => context.CallActivityAsync<EstateInvoiceOutcome>(nameof(WriteOffInvoice), new EstateInvoice(id, input.InventoryDate, input.Stamp), Retries.Transient))
            .ToList();
        var outcomes = await Task.WhenAll(writeOffs);
        foreach (var id in open)
        {
            context.SendEvent(id, InvoiceOrchestration.InvoiceChanged, "estate write-off");
        }

        var confirmationId = await context.CallActivityAsync<string?>(nameof(ConfirmEstateWriteOff), input, Retries.Transient);
        await context.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), "estate write-off", Retries.Transient);
        var summary = new EstateWriteOffSummary(
            outcomes.Count(o => o.WrittenOff),
            [.. outcomes.Where(o => o.Refusal is not null).Select(o => o.Refusal!)],
            confirmationId);
        LogDone(logger, open.Count, summary.WrittenOff, summary.Refusals.Count);
        return summary;
    }

    /// <summary>Activity: the client's open invoices.</summary>
    [Function(nameof(ListOpenInvoices))]
    public async Task<IReadOnlyList<string>> ListOpenInvoices([ActivityTrigger] string clientId, CancellationToken cancellationToken) =>
        [.. (await estate.OpenInvoicesAsync(clientId, cancellationToken).ConfigureAwait(false)).Select(id => id.Value)];

    /// <summary>Activity: writes off one invoice for the estate.</summary>
    [Function(nameof(WriteOffInvoice))]
    public async Task<EstateInvoiceOutcome> WriteOffInvoice([ActivityTrigger] EstateInvoice item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var result = await estate.WriteOffAsync(new InvoiceId(item.InvoiceId), item.InventoryDate, item.Stamp, cancellationToken).ConfigureAwait(false);
        return new EstateInvoiceOutcome(item.InvoiceId, result.Outcome is CommandOutcome.Applied, result.Outcome is CommandOutcome.Refused refused ? refused.Reason : null);
    }

    /// <summary>Activity: queues the one confirmation to the estate; returns its notice id, or null when nothing was written off.</summary>
    [Function(nameof(ConfirmEstateWriteOff))]
    public async Task<string?> ConfirmEstateWriteOff([ActivityTrigger] EstateWriteOffInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await estate.ConfirmAsync(input.ClientId, input.InventoryDate, input.Stamp, cancellationToken).ConfigureAwait(false))?.Id;
    }

    /// <summary>
    /// Starts an estate write-off as <paramref name="instanceId"/> (derive it from the request's
    /// idempotency scope, never from the client id, which must not appear in instance ids); an
    /// existing instance is left alone. Returns whether it started.
    /// </summary>
    public static Task<bool> StartAsync(DurableTaskClient client, string instanceId, EstateWriteOffInput input, CancellationToken cancellationToken) =>
        Orchestrations.StartIfAbsentAsync(client, nameof(EstateWriteOff), instanceId, input, cancellationToken);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Estate write-off: {Open} open invoices, {WrittenOff} written off, {Refused} refused")]
    private static partial void LogDone(ILogger logger, int open, int writtenOff, int refused);
}

/// <summary>The estate write-off orchestration's input.</summary>
/// <param name="ClientId">The deceased client.</param>
/// <param name="InventoryDate">The date of the estate inventory (perunkirjoitus).</param>
/// <param name="Stamp">Who asked, when and why.</param>
public sealed record EstateWriteOffInput(string ClientId, DateOnly InventoryDate, Stamp Stamp);

/// <summary>One invoice to write off.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="InventoryDate">The date of the estate inventory.</param>
/// <param name="Stamp">Who asked, when and why.</param>
public sealed record EstateInvoice(string InvoiceId, DateOnly InventoryDate, Stamp Stamp);

/// <summary>What became of one invoice.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="WrittenOff">Written off now.</param>
/// <param name="Refusal">Why it could not be written off, if it was refused.</param>
public sealed record EstateInvoiceOutcome(string InvoiceId, bool WrittenOff, string? Refusal);

/// <summary>What the estate write-off did.</summary>
/// <param name="WrittenOff">Invoices written off now.</param>
/// <param name="Refusals">Reasons, for invoices that could not be written off.</param>
/// <param name="ConfirmationNoticeId">The confirmation queued, or null when nothing was written off.</param>
public sealed record EstateWriteOffSummary(int WrittenOff, IReadOnlyList<string> Refusals, string? ConfirmationNoticeId);
