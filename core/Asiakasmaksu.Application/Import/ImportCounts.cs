using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The counts of an import or of one slice of it (<see cref="ImportWindow"/>), plain numbers so that
/// an orchestration can carry them from slice to slice (System.Text.Json) and add them up.
/// </summary>
/// <param name="Lines">Data lines read.</param>
/// <param name="Accepted">Lines that became (or already were) part of an invoice.</param>
/// <param name="Rejected">Lines rejected.</param>
/// <param name="Duplicates">Lines skipped as duplicates.</param>
/// <param name="Warnings">Lines imported with a warning.</param>
/// <param name="InvoicesCreated">Invoices created now.</param>
/// <param name="InvoicesAlreadyImported">Invoices this same file had created earlier.</param>
/// <param name="AmountCreated">The total of the invoices created now, euros.</param>
public sealed record ImportCounts(int Lines, int Accepted, int Rejected, int Duplicates, int Warnings, int InvoicesCreated, int InvoicesAlreadyImported, decimal AmountCreated)
{
    /// <summary>Nothing counted yet.</summary>
    public static ImportCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0m);

    /// <summary>These counts and <paramref name="other"/>'s together.</summary>
    public ImportCounts Plus(ImportCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Lines + other.Lines,
            Accepted + other.Accepted,
            Rejected + other.Rejected,
            Duplicates + other.Duplicates,
            Warnings + other.Warnings,
            InvoicesCreated + other.InvoicesCreated,
            InvoicesAlreadyImported + other.InvoicesAlreadyImported,
            AmountCreated + other.AmountCreated);
    }

    /// <summary>The import report of file <paramref name="fileName"/> with these counts.</summary>
    public ImportReport Report(string fileName, string importId, IReadOnlyList<string> unknownColumns) =>
        new(fileName, importId, Lines, Accepted, Rejected, Duplicates, InvoicesCreated, InvoicesAlreadyImported, Money.Of(AmountCreated), unknownColumns, Warnings);
}
