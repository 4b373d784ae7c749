using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Application.Import;

/// <summary>What an import did, for people (a summary) and machines (JSON).</summary>
/// <param name="FileName">The file.</param>
/// <param name="ImportId">The file's content hash: the same file is the same import.</param>
/// <param name="Lines">Data lines read.</param>
/// <param name="Accepted">Lines that became (or already were) part of an invoice.</param>
/// <param name="Rejected">Lines rejected (see the error report).</param>
/// <param name="Duplicates">Lines skipped because the same (batch_id, line_id) with the same content was already imported or repeated.</param>
/// <param name="InvoicesCreated">Invoices created now.</param>
/// <param name="InvoicesAlreadyImported">Invoices this same file had already created (a rerun).</param>
/// <param name="AmountCreated">The total of the invoices created now.</param>
/// <param name="UnknownColumns">Header columns the format does not know (ignored).</param>
/// <param name="Warnings">
/// Warnings about lines that were imported (see the error report): a service date after the invoice
/// date, an address that differs from the client's first line, an invoice that arrived after its due
/// date by the invoice date (its payment term counted from the import day instead).
/// </param>
public sealed record ImportReport(
    string FileName,
    string ImportId,
    int Lines,
    int Accepted,
    int Rejected,
    int Duplicates,
    int InvoicesCreated,
    int InvoicesAlreadyImported,
    Money AmountCreated,
    IReadOnlyList<string> UnknownColumns,
    int Warnings = 0);
