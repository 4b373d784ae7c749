using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Payments;

namespace Asiakasmaksu.Application.Payments;

/// <summary>
/// What reading one payment file did. Amounts are signed (a reversal counts negative), so
/// <see cref="AppliedAmount"/> + <see cref="UnmatchedAmount"/> + <see cref="DuplicateAmount"/> =
/// <see cref="FileTotal"/>: cancelled pairs add nothing to either side.
/// </summary>
/// <param name="FileName">The file.</param>
/// <param name="Format">Its format.</param>
/// <param name="Payments">Payments and reversals read.</param>
/// <param name="FileTotal">Payments minus reversals.</param>
/// <param name="Applied">Recorded on invoices now.</param>
/// <param name="AppliedAmount">Their sum (including any credit they left).</param>
/// <param name="CreditAmount">Of that, what went beyond what the invoices owed (credit balances).</param>
/// <param name="Unmatched">Put on the unmatched list now.</param>
/// <param name="UnmatchedAmount">Their signed sum.</param>
/// <param name="Duplicates">Already applied or listed by an earlier reading.</param>
/// <param name="DuplicateAmount">Their signed sum.</param>
/// <param name="Cancelled">Payments cancelled by a reversal in the same file (pairs).</param>
/// <param name="PaidInvoiceIds">Invoices a payment was recorded on now (to wake their orchestrations).</param>
/// <param name="Results">Each payment's outcome, in file order.</param>
public sealed record PaymentImportReport(
    string FileName,
    PaymentFileFormat Format,
    int Payments,
    Money FileTotal,
    int Applied,
    Money AppliedAmount,
    Money CreditAmount,
    int Unmatched,
    Money UnmatchedAmount,
    int Duplicates,
    Money DuplicateAmount,
    int Cancelled,
    IReadOnlyList<string> PaidInvoiceIds,
    IReadOnlyList<PaymentResult> Results)
{
    /// <summary>Tallies <paramref name="results"/>.</summary>
    public static PaymentImportReport From(string fileName, PaymentFileResult.Read file, IReadOnlyList<PaymentResult> results)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(results);
        static Money Sum(IEnumerable<PaymentResult> r) => r.Aggregate(Money.Zero, (s, p) => s + p.Payment.SignedAmount);
        var applied = results.Where(r => r.Kind == PaymentOutcomeKind.Applied).ToList();
        var unmatched = results.Where(r => r.Kind == PaymentOutcomeKind.Unmatched).ToList();
        var duplicates = results.Where(r => r.Kind is PaymentOutcomeKind.AlreadyApplied or PaymentOutcomeKind.AlreadyUnmatched).ToList();
        return new PaymentImportReport(
            fileName,
            file.Format,
            file.Payments.Count,
            file.Total,
            applied.Count,
            Sum(applied),
            applied.Aggregate(Money.Zero, (s, p) => s + p.Credit),
            unmatched.Count,
            Sum(unmatched),
            duplicates.Count,
            Sum(duplicates),
            results.Count(r => r.Kind == PaymentOutcomeKind.Cancelled) / 2,
            [.. applied.Select(r => r.InvoiceId!.Value.Value).Distinct(StringComparer.Ordinal)],
            results);
    }
}
