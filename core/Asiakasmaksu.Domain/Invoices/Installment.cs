namespace Asiakasmaksu.Domain.Invoices;

/// <summary>One installment (erä) of a payment plan.</summary>
/// <param name="DueDate">Its due date, a bank day.</param>
/// <param name="Amount">Its amount.</param>
public sealed record Installment(DateOnly DueDate, Money Amount);
