namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice of a client's list.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="BatchId">The batch.</param>
/// <param name="InvoiceDate">Its date.</param>
/// <param name="DueDate">Its own due date.</param>
/// <param name="NoticeDueDate">What its next step counts from.</param>
/// <param name="Amount">The principal billed.</param>
/// <param name="Status">Its status.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Balance">What it owes.</param>
public sealed record InvoiceListItem(string InvoiceId, string BatchId, DateOnly InvoiceDate, DateOnly? DueDate, DateOnly? NoticeDueDate, string Amount, string Status, string Stage, string Balance);
