namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice as <c>GET /api/invoices/{invoiceId}</c> answers it (its ETag is <see cref="Version"/>).</summary>
/// <param name="BatchId">The billing batch.</param>
/// <param name="ClientId">The client.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="InvoiceNumber">Its readable number (digits, printed on its notices, read out on the phone), or null for an invoice issued before numbers existed.</param>
/// <param name="InvoiceDate">Its date.</param>
/// <param name="DueDate">Its own due date.</param>
/// <param name="NoticeDueDate">The due date its next step counts from (null in enforcement).</param>
/// <param name="Amount">The principal billed.</param>
/// <param name="Reference">The national reference.</param>
/// <param name="Status">open, paid, written_off, waived or cancelled.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Balance">What it owes.</param>
/// <param name="Credit">Overpaid, to refund.</param>
/// <param name="BalanceToday">What it owes with interest to today.</param>
/// <param name="NextStep">The next step, or null.</param>
/// <param name="PendingClaim">A rectification claim awaiting decision, or null.</param>
/// <param name="Version">Its version (the ETag).</param>
/// <param name="Timeline">What happened to it.</param>
public sealed record InvoiceDetails(
    string BatchId,
    string ClientId,
    string InvoiceId,
    string? InvoiceNumber,
    DateOnly InvoiceDate,
    DateOnly? DueDate,
    DateOnly? NoticeDueDate,
    string Amount,
    string Reference,
    string Status,
    string Stage,
    Balance Balance,
    string Credit,
    Owed BalanceToday,
    NextStep? NextStep,
    PendingClaim? PendingClaim,
    int Version,
    IReadOnlyList<TimelineEntry> Timeline);
