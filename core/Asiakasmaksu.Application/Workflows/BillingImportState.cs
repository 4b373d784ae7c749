using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// Where the import orchestration of one version of a billing file stands (its input, carried from
/// slice to slice by <c>ContinueAsNew</c>): the cursor, the counts so far and the slices whose
/// report parts hold rows. Small whatever the file's size: no invoice ids, no report rows.
/// </summary>
/// <param name="FileName">The file in the billing container.</param>
/// <param name="Version">The version imported (the blob's ETag).</param>
/// <param name="InvoicesPerSlice">Invoices a slice handles before it ends at the next chunk's end (<see cref="BillingFileImportSteps.InvoicesPerSlice"/>).</param>
/// <param name="Slice">The next slice's number.</param>
/// <param name="After">The last invoice id handled, or null before the first slice.</param>
/// <param name="RecordedAt">When the first slice recorded its invoices: every slice records at that instant, and the file is logged at it.</param>
/// <param name="ImportId">The file's content hash as the first slice read it; a later slice reading other content stops the import.</param>
/// <param name="Counts">The counts so far.</param>
/// <param name="UnknownColumns">Header columns the format does not know.</param>
/// <param name="ReportParts">The slices that wrote a report part, in order.</param>
/// <param name="Started">Invoice orchestrations started so far.</param>
/// <param name="Refusal">Why the file was refused whole, or null.</param>
/// <param name="Changed">True when a slice found the file changed.</param>
/// <param name="Done">True when no slice is left (the file is imported, refused or changed, or the import stopped).</param>
/// <param name="Stopped">True when the slice this state asked for failed on every retry: the import stops there (<see cref="StopAt"/>).</param>
public sealed record BillingImportState(
    string FileName,
    string Version,
    int InvoicesPerSlice,
    int Slice = 0,
    string? After = null,
    DateTimeOffset? RecordedAt = null,
    string? ImportId = null,
    ImportCounts? Counts = null,
    IReadOnlyList<string>? UnknownColumns = null,
    IReadOnlyList<int>? ReportParts = null,
    int Started = 0,
    string? Refusal = null,
    bool Changed = false,
    bool Done = false,
    bool Stopped = false)
{
    /// <summary>The slice this state asks for next.</summary>
    public BillingSliceRequest NextSlice() =>
        new(FileName, BillingFileImportSteps.KeyOf(FileName, Version), Slice, new ImportWindow(After, InvoicesPerSlice, RecordedAt, ImportId));

    /// <summary>
    /// This state when the slice it asked for failed on every retry: no slice is left, and the file is
    /// logged as stopped (at <paramref name="now"/> when no slice recorded anything yet) with the
    /// counts until then. A stop is not a refusal: the invoices created stand.
    /// </summary>
    public BillingImportState StopAt(DateTimeOffset now) => this with { RecordedAt = RecordedAt ?? now, Stopped = true, Done = true };

    /// <summary>This state after the slice it asked for did <paramref name="result"/>.</summary>
    public BillingImportState Then(BillingSliceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Outcome;
        IReadOnlyList<int> parts = outcome.ReportRows > 0 ? [.. ReportParts ?? [], Slice] : ReportParts ?? [];
        var state = this with { Slice = Slice + 1, ReportParts = parts, Started = Started + result.Started, RecordedAt = RecordedAt ?? outcome.At };
        return outcome switch
        {
            { Changed: true } => state with { Changed = true, Done = true },
            { Report: { } report } => state with
            {
                After = report.Next,
                ImportId = report.ImportId,
                Counts = (Counts ?? ImportCounts.None).Plus(report.Counts),
                UnknownColumns = report.UnknownColumns,
                Done = report.Next is null,
            },
            _ => state with { Refusal = outcome.Refusal, Done = true },
        };
    }
}
