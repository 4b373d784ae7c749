namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>One installment of a payment plan.</summary>
/// <param name="DueDate">Its due date (a bank day).</param>
/// <param name="Amount">Euros, at most two decimals.</param>
public sealed record InstallmentBody(DateOnly DueDate, decimal Amount);
