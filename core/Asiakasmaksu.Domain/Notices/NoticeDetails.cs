using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>What only some notices carry.</summary>
/// <param name="Lines">Invoice lines (invoice notices), each saying whether it counts toward the ceiling.</param>
/// <param name="Installments">Installments (plan confirmations).</param>
/// <param name="PreviousDueDate">The due date before a deferral.</param>
/// <param name="InvoiceDate">The invoice's date.</param>
/// <param name="WrittenOffInvoices">Invoices written off (estate confirmation): id, reference and amount.</param>
/// <param name="InventoryDate">The estate inventory date (estate confirmation).</param>
/// <param name="IsCorrection">True for an invoice billed anew after an accepted rectification claim.</param>
/// <param name="Ceiling">The annual payment ceiling (free card, revocation and statement notices).</param>
public sealed record NoticeDetails(
    ValueList<InvoiceLine> Lines,
    ValueList<Installment> Installments,
    DateOnly? PreviousDueDate,
    DateOnly? InvoiceDate,
    ValueList<WrittenOffInvoice> WrittenOffInvoices,
    DateOnly? InventoryDate,
    bool IsCorrection,
    CeilingNoticeDetails? Ceiling = null)
{
    /// <summary>No details.</summary>
    public static NoticeDetails None { get; } = new([], [], null, null, [], null, false);

    /// <summary>The recorded fee-reduction decision a <see cref="NoticeKind.FeeReductionDecision"/> notice tells (null for other kinds).</summary>
    public FeeReductionDecision? FeeReduction { get; init; }
}
