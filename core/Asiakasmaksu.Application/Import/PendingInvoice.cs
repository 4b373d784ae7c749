using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>An invoice the import asks the store to create, with the billing lines it is made of.</summary>
/// <param name="Invoice">What goes to the store.</param>
/// <param name="Lines">Its lines, by line number (the first gave the name, address, language and recipient).</param>
/// <param name="Charges">What the annual ceiling charged its lines (a rebuild after a line conflict keeps them).</param>
internal sealed record PendingInvoice(NewInvoice Invoice, IReadOnlyList<BillingLine> Lines, ImportCharges Charges);
