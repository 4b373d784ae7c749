using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>A deferral the API answered 200 "applied": the invoice, the version it made and the due date it set.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Version">The invoice's version after it.</param>
/// <param name="NewDueDate">The due date it set.</param>
internal sealed record AcceptedDeferral(InvoiceId Invoice, int Version, DateOnly NewDueDate);
