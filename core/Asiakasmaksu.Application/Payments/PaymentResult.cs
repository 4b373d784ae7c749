using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Payments;

namespace Asiakasmaksu.Application.Payments;

/// <summary>What became of one bank payment.</summary>
/// <param name="Payment">The payment as read.</param>
/// <param name="Kind">What became of it.</param>
/// <param name="InvoiceId">The invoice it was recorded on, when applied.</param>
/// <param name="Credit">The part beyond what the invoice owed, kept as the client's credit.</param>
/// <param name="Reason">Why it is unmatched or cancelled.</param>
public sealed record PaymentResult(BankPayment Payment, PaymentOutcomeKind Kind, InvoiceId? InvoiceId, Money Credit, string? Reason);
