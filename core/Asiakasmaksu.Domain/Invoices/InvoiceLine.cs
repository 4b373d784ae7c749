namespace Asiakasmaksu.Domain.Invoices;

/// <summary>One billed service on an invoice.</summary>
/// <param name="LineId">The billing file's line id, unique in its batch.</param>
/// <param name="ServiceCode">The service's code in the billing system.</param>
/// <param name="ServiceDate">The day the service was given (its year decides the ceiling year).</param>
/// <param name="Amount">The amount charged for the line.</param>
/// <param name="CountsTowardCeiling">Whether the fee counts toward the annual ceiling (Act 734/1992 2 a § requires saying so).</param>
/// <param name="Quantity">The quantity, when the file gives one.</param>
/// <param name="UnitPrice">The unit price, when the file gives one.</param>
public sealed record InvoiceLine(
    string LineId,
    string ServiceCode,
    DateOnly ServiceDate,
    Money Amount,
    bool CountsTowardCeiling,
    decimal? Quantity = null,
    Money? UnitPrice = null);
