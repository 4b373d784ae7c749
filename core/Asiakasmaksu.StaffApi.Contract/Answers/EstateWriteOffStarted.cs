namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An estate write-off handed to its workflow.</summary>
/// <param name="Status">started.</param>
/// <param name="OpenInvoices">How many open invoices it writes off.</param>
public sealed record EstateWriteOffStarted(string Status, int OpenInvoices);
