using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Staff;

/// <summary>A checked request to write off a deceased client's open invoices (the estate write-off workflow's input).</summary>
/// <param name="ClientId">The deceased client.</param>
/// <param name="InventoryDate">The date of the estate inventory (perunkirjoitus).</param>
/// <param name="Stamp">Who asked, when and why.</param>
public sealed record EstateWriteOffOrder(string ClientId, DateOnly InventoryDate, Stamp Stamp);
