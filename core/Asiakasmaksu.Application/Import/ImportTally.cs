using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Counts what one import does and passes its rejections on. Every data line ends in exactly one
/// of accepted, rejected or duplicate. Used from one flow at a time (not thread-safe).
/// </summary>
internal sealed class ImportTally(IRejectionSink sink)
{
    /// <summary>The invoices stored (created now or earlier by this file) since the last <see cref="TakeStored"/>.</summary>
    private List<InvoiceId> stored = [];

    public int Lines { get; private set; }

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public int Duplicates { get; private set; }

    public int Warnings { get; private set; }

    public int InvoicesCreated { get; private set; }

    public int InvoicesAlreadyImported { get; private set; }

    public Money AmountCreated { get; private set; }

    /// <summary>Invoices handled in the creating phase (for progress).</summary>
    public int InvoicesHandled { get; private set; }

    public void LineRead() => Lines++;

    public void Duplicate(int lines = 1) => Duplicates += lines;

    public async Task RejectAsync(LineRejection rejection, CancellationToken cancellationToken)
    {
        Rejected++;
        await sink.AddAsync(rejection, cancellationToken).ConfigureAwait(false);
    }

    public async Task WarnAsync(LineRejection warning, CancellationToken cancellationToken)
    {
        Warnings++;
        await sink.AddWarningAsync(warning, cancellationToken).ConfigureAwait(false);
    }

    public void Created(PendingInvoice invoice)
    {
        InvoicesCreated++;
        Accepted += invoice.Lines.Count;
        AmountCreated += invoice.Invoice.State.Facts.Amount;
        stored.Add(invoice.Invoice.Id);
    }

    public void CreatedEarlier(InvoiceId id, int acceptedLines)
    {
        InvoicesAlreadyImported++;
        Accepted += acceptedLines;
        stored.Add(id);
    }

    /// <summary>Lines accepted without an invoice: every one of them costs nothing (free under a free card, or waived by a fee-reduction decision; docs/ceiling.md).</summary>
    public void FreeOfCharge(int lines) => Accepted += lines;

    public void InvoiceHandled() => InvoicesHandled++;

    /// <summary>The invoices stored since the last call (for <see cref="IImportedInvoiceSink"/>), and forgets them.</summary>
    public List<InvoiceId> TakeStored()
    {
        var taken = stored;
        stored = [];
        return taken;
    }

    /// <summary>The counts so far.</summary>
    public ImportCounts Counts => new(Lines, Accepted, Rejected, Duplicates, Warnings, InvoicesCreated, InvoicesAlreadyImported, AmountCreated.Euros);
}
