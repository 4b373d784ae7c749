namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A change to one invoice: <c>applied</c> or <c>unchanged</c>, and the invoice after it.</summary>
/// <param name="Outcome">applied or unchanged.</param>
/// <param name="Invoice">The invoice after it.</param>
public sealed record ChangeAnswer(string Outcome, InvoiceStateView Invoice);
