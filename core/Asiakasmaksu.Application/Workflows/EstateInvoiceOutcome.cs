namespace Asiakasmaksu.Application.Workflows;

/// <summary>What became of one invoice in an estate write-off.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="WrittenOff">Written off now.</param>
/// <param name="Refusal">Why it could not be written off, if it was refused.</param>
public sealed record EstateInvoiceOutcome(string InvoiceId, bool WrittenOff, string? Refusal);
