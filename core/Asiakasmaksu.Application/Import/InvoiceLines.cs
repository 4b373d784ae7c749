using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>One client's lines of a batch, sorted out by the invoice-level rules (<see cref="InvoiceAssembler.Split"/>).</summary>
/// <param name="Kept">The lines the invoice is made of, by line number.</param>
/// <param name="Rejected">The lines rejected, with why.</param>
/// <param name="Warnings">Warnings about kept lines.</param>
internal sealed record InvoiceLines(List<BillingLine> Kept, List<LineRejection> Rejected, List<LineRejection> Warnings);
