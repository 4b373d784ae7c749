namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice of a client's list, with what the client page shows of it (no second call per invoice).</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="BatchId">The batch.</param>
/// <param name="InvoiceDate">Its date.</param>
/// <param name="DueDate">Its own due date.</param>
/// <param name="NoticeDueDate">What its next step counts from.</param>
/// <param name="Amount">The principal billed.</param>
/// <param name="Status">Its status.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Balance">What it owes.</param>
/// <param name="BalanceToday">What it owes with interest to today, as in the invoice's details.</param>
/// <param name="NextStep">Its next step and the day it is taken, as in the invoice's details; null for a closed invoice.</param>
public sealed record InvoiceListItem(
    string InvoiceId,
    string BatchId,
    DateOnly InvoiceDate,
    DateOnly? DueDate,
    DateOnly? NoticeDueDate,
    string Amount,
    string Status,
    string Stage,
    string Balance,
    Owed BalanceToday,
    NextStep? NextStep);
