using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>One invoice the estate write-off workflow writes off.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="InventoryDate">The date of the estate inventory.</param>
/// <param name="Stamp">Who asked, when and why.</param>
public sealed record EstateInvoice(string InvoiceId, DateOnly InventoryDate, Stamp Stamp);
