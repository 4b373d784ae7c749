using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Makes sense of what the store answered for one invoice (docs/billing-file.md, "Idempotency and
/// crashes"), rejecting or skipping its lines as the rules say:
/// <list type="bullet">
/// <item>created now: every line accepted;</item>
/// <item>created earlier by this same import (a rerun after a crash, or the same file again):
/// the lines the stored invoice holds are accepted; the others had been dropped as line-id
/// conflicts with an earlier file, and are rejected again so that the report matches a clean run;</item>
/// <item>issued by another import: a line the invoice already holds with the same content is a
/// duplicate; with other content it is rejected; a line it does not hold is rejected (corrections
/// go in a new batch). Only what the invoice keeps of a line can be compared (service, dates,
/// amount, ceiling flag, quantity, unit price): the henkilötunnus is not kept, so a line repeated
/// with only another henkilötunnus counts as a duplicate;</item>
/// <item>line ids used by an earlier file with other content: those lines are rejected and the
/// invoice is made again of the rest and sent again.</item>
/// </list>
/// </summary>
internal sealed class OutcomeResolver(IInvoiceStore store, InvoiceAssembler assembler, ImportTally tally)
{
    /// <summary>Ceiling lines rejected since the last <see cref="TakeRejectedCeilingLines"/> (their charge is cancelled again).</summary>
    private readonly List<BillingLine> rejectedCeilingLines = [];

    public async Task ResolveAsync(PendingInvoice pending, CreateOutcome outcome, CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (outcome)
            {
                case CreateOutcome.Created:
                    tally.Created(pending);
                    return;

                case CreateOutcome.CreatedEarlier:
                    await EarlierAsync(pending, cancellationToken).ConfigureAwait(false);
                    return;

                case CreateOutcome.AlreadyExists exists:
                    await ExistingAsync(pending, exists, cancellationToken).ConfigureAwait(false);
                    return;

                case CreateOutcome.LineConflicts conflicts:
                    var rest = new List<BillingLine>(pending.Lines.Count);
                    foreach (var line in pending.Lines)
                    {
                        if (conflicts.LineIds.Contains(line.LineId))
                        {
                            await RejectAsync(line, BillingColumns.LineId, ImportReasons.LineIdReusedEarlier, cancellationToken).ConfigureAwait(false);
                        }
                        else
                        {
                            rest.Add(line);
                        }
                    }

                    if (rest.Count == pending.Lines.Count)
                    {
                        throw new InvalidOperationException($"The store reported line conflicts for invoice {pending.Invoice.Id} naming none of its lines.");
                    }

                    if (rest.Count == 0)
                    {
                        return;
                    }

                    if (assembler.Build(pending.Invoice.Id, rest, pending.Invoice.ImportId, pending.Invoice.RecordedAt, pending.Charges, pending.Invoice.State.Facts.InvoiceNumber) is not { } rebuilt)
                    {
                        tally.FreeOfCharge(rest.Count);
                        return;
                    }

                    pending = rebuilt;
                    outcome = (await store.CreateAsync([pending.Invoice], cancellationToken).ConfigureAwait(false))[0];
                    break;

                default:
                    throw new InvalidOperationException($"Unknown create outcome {outcome.GetType().Name}.");
            }
        }
    }

    private async Task EarlierAsync(PendingInvoice pending, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(pending.Invoice.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The store reported invoice {pending.Invoice.Id} as created earlier but cannot load it.");
        var held = stored.State.Facts.Lines.Select(l => l.LineId).ToHashSet(StringComparer.Ordinal);
        var accepted = 0;
        foreach (var line in pending.Lines)
        {
            if (held.Contains(line.LineId))
            {
                accepted++;
            }
            else
            {
                await RejectAsync(line, BillingColumns.LineId, ImportReasons.LineIdReusedEarlier, cancellationToken).ConfigureAwait(false);
            }
        }

        tally.CreatedEarlier(pending.Invoice.Id, accepted);
    }

    private async Task ExistingAsync(PendingInvoice pending, CreateOutcome.AlreadyExists exists, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(pending.Invoice.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The store reported invoice {pending.Invoice.Id} as existing but cannot load it.");
        var facts = stored.State.Facts;
        var held = facts.Lines.ToDictionary(l => l.LineId, StringComparer.Ordinal);
        foreach (var line in pending.Lines)
        {
            if (!exists.ExistingLineIds.Contains(line.LineId) || !held.TryGetValue(line.LineId, out var existing))
            {
                await RejectAsync(line, BillingColumns.ClientId, ImportReasons.AlreadyIssued, cancellationToken).ConfigureAwait(false);
            }
            else if (existing.AsBilled() == line.ToInvoiceLine() && facts.InvoiceDate == line.InvoiceDate)
            {
                tally.Duplicate();
            }
            else
            {
                // The invoice holds this line id with other content: the ceiling account's line under
                // its key is that invoice's, so its charge stays (not recorded for uncharging).
                await tally.RejectAsync(new LineRejection(line.LineNumber, BillingColumns.LineId, ImportReasons.LineIdReusedEarlier, line.ClientId), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The ceiling lines rejected since the last call, and forgets them.</summary>
    public List<BillingLine> TakeRejectedCeilingLines()
    {
        var taken = rejectedCeilingLines.ToList();
        rejectedCeilingLines.Clear();
        return taken;
    }

    private Task RejectAsync(BillingLine line, string column, string reason, CancellationToken cancellationToken)
    {
        if (line.CountsTowardCeiling)
        {
            rejectedCeilingLines.Add(line);
        }

        return tally.RejectAsync(new LineRejection(line.LineNumber, column, reason, line.ClientId), cancellationToken);
    }
}
