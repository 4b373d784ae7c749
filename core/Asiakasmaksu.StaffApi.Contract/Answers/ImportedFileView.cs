namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An arrived billing or bank payment file, for the billing office (<c>GET /api/billing-files</c>, <c>GET /api/payment-files</c>).</summary>
/// <param name="Id">The record's id (for the rejected lines).</param>
/// <param name="FileName">The file.</param>
/// <param name="ReadAt">When it was read (ISO 8601, UTC).</param>
/// <param name="Refusal">Why the whole file was refused, or null.</param>
/// <param name="Stopped">Billing: why the import stopped before the file's end, or null (the counts are what was imported until then; the file is to be uploaded again).</param>
/// <param name="HasRejectedLines">True when its rejected lines can be downloaded.</param>
/// <param name="Lines">Billing: data lines read.</param>
/// <param name="Accepted">Billing: lines that became part of an invoice.</param>
/// <param name="Rejected">Billing: lines rejected.</param>
/// <param name="Warnings">Billing: lines imported with a warning.</param>
/// <param name="InvoicesCreated">Billing: invoices created.</param>
/// <param name="Amount">Billing: the invoices' total; payments: the sum applied.</param>
/// <param name="Format">Payments: ktl or camt054.</param>
/// <param name="Payments">Payments: payments read.</param>
/// <param name="Applied">Payments: recorded on invoices.</param>
/// <param name="Unmatched">Payments: put on the unmatched list.</param>
/// <param name="UnmatchedAmount">Payments: their sum.</param>
public sealed record ImportedFileView(
    string Id,
    string FileName,
    string ReadAt,
    string? Refusal,
    string? Stopped,
    bool HasRejectedLines,
    int Lines,
    int Accepted,
    int Rejected,
    int Warnings,
    int InvoicesCreated,
    string Amount,
    string? Format,
    int Payments,
    int Applied,
    int Unmatched,
    string UnmatchedAmount);
