namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A rectification claim recorded: its id, and the invoice after it.</summary>
/// <param name="Outcome">applied or unchanged.</param>
/// <param name="ClaimId">The claim's id (for the decision).</param>
/// <param name="Invoice">The invoice after it.</param>
public sealed record ClaimChangeAnswer(string Outcome, string ClaimId, InvoiceStateView Invoice);
