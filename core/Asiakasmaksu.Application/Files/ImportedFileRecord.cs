using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Application.Files;

/// <summary>
/// What became of one arrived file, kept for the billing office (docs/staff-ui.md): a billing file's
/// line and invoice counts, or a bank payment file's applied and unmatched payments; a refusal of
/// the whole file; where its error report is.
/// </summary>
/// <param name="Id">The record's id (newest first in the log).</param>
/// <param name="Kind"><see cref="Billing"/> or <see cref="PaymentFiles"/>.</param>
/// <param name="FileName">The file.</param>
/// <param name="At">When it was read.</param>
/// <param name="Refusal">Why the whole file was refused, or null.</param>
/// <param name="ErrorReport">Where its rejected lines are (billing), or its report (payments), or null.</param>
/// <param name="Lines">Billing: data lines read.</param>
/// <param name="Accepted">Billing: lines that became part of an invoice.</param>
/// <param name="Rejected">Billing: lines rejected.</param>
/// <param name="Warnings">Billing: lines imported with a warning.</param>
/// <param name="InvoicesCreated">Billing: invoices created.</param>
/// <param name="Amount">Billing: the total of the invoices created; payments: the sum applied.</param>
/// <param name="Format">Payments: ktl or camt054.</param>
/// <param name="Payments">Payments: payments and reversals read.</param>
/// <param name="Applied">Payments: recorded on invoices.</param>
/// <param name="Unmatched">Payments: put on the unmatched list.</param>
/// <param name="UnmatchedAmount">Payments: their signed sum.</param>
/// <param name="Stopped">Billing: why the import stopped before the file's end, or null; the counts are what was imported until then.</param>
public sealed record ImportedFileRecord(
    string Id,
    string Kind,
    string FileName,
    DateTimeOffset At,
    string? Refusal,
    string? ErrorReport,
    int Lines = 0,
    int Accepted = 0,
    int Rejected = 0,
    int Warnings = 0,
    int InvoicesCreated = 0,
    Money Amount = default,
    string? Format = null,
    int Payments = 0,
    int Applied = 0,
    int Unmatched = 0,
    Money UnmatchedAmount = default,
    string? Stopped = null)
{
    /// <summary>A billing file.</summary>
    public const string Billing = "billing";

    /// <summary>A bank payment file.</summary>
    public const string PaymentFiles = "payments";
}
