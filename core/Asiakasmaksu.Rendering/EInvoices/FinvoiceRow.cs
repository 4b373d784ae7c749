using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.EInvoices;

/// <summary>One <c>InvoiceRow</c> of a Finvoice message: what is billed and its amount (VAT-free).</summary>
/// <param name="ArticleName">What it is (the service code, or the principal, fee or interest of a reminder).</param>
/// <param name="Amount">The row's amount.</param>
/// <param name="Quantity">The quantity billed, when the billing line gave one.</param>
/// <param name="UnitPrice">The unit price, with the quantity.</param>
/// <param name="ServiceDate">The day of the service (start and end of the row), when it is a service.</param>
/// <param name="FreeText">A note on the row (the service date and whether it counts toward the ceiling).</param>
internal sealed record FinvoiceRow(string ArticleName, Money Amount, decimal? Quantity = null, Money? UnitPrice = null, DateOnly? ServiceDate = null, string? FreeText = null);
