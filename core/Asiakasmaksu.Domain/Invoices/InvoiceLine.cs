namespace Asiakasmaksu.Domain.Invoices;

/// <summary>One billed service on an invoice.</summary>
/// <param name="LineId">The billing file's line id, unique in its batch.</param>
/// <param name="ServiceCode">The service's code in the billing system.</param>
/// <param name="ServiceDate">The day the service was given (its year decides the ceiling year).</param>
/// <param name="Amount">The amount charged for the line (after the annual ceiling, when it applied).</param>
/// <param name="CountsTowardCeiling">Whether the fee counts toward the annual ceiling (Act 734/1992 2 a § requires saying so).</param>
/// <param name="Quantity">The quantity, when the file gives one.</param>
/// <param name="UnitPrice">The unit price, when the file gives one.</param>
/// <param name="ListAmount">
/// What the price list billed, when the annual ceiling (maksukatto) or a fee-reduction decision
/// charged less (<paramref name="Amount"/> is then the charge); null when the line is charged as billed.
/// Invoices stored before the ceiling existed have none.
/// </param>
/// <param name="FeeReductionId">The fee-reduction decision (Act 734/1992 11 §) that set <paramref name="Amount"/> below <paramref name="ListAmount"/>, when one did; null when the ceiling or nothing did.</param>
/// <param name="CeilingHolderId">The client id whose ceiling the line counts toward when it is not the invoice's client (a minor's guardian).</param>
public sealed record InvoiceLine(
    string LineId,
    string ServiceCode,
    DateOnly ServiceDate,
    Money Amount,
    bool CountsTowardCeiling,
    decimal? Quantity = null,
    Money? UnitPrice = null,
    Money? ListAmount = null,
    string? CeilingHolderId = null,
    string? FeeReductionId = null)
{
    /// <summary>What the price list billed: <see cref="ListAmount"/> when the ceiling or a fee reduction lowered the line, else <see cref="Amount"/>.</summary>
    public Money Billed => ListAmount ?? Amount;

    /// <summary>The line as billed, before the ceiling (to compare a repeated billing line with what an invoice holds).</summary>
    public InvoiceLine AsBilled() => this with { Amount = Billed, ListAmount = null, FeeReductionId = null };
}
