namespace Asiakasmaksu.Domain.Invoices;

/// <summary>Why staff cancel: the invoice itself was wrong, or only its transfer to collection was.</summary>
public enum CancellationReason
{
    /// <summary>erroneous_invoice: the invoice is cancelled.</summary>
    ErroneousInvoice,

    /// <summary>erroneous_transfer: collection costs are removed, what was paid of them pays the principal; the invoice waits for a new due date unless that paid it.</summary>
    ErroneousTransfer,
}
