using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// The steps of a billing file's import orchestration (docs/billing-file.md, "A large file"): one
/// slice at a time, each within a function's time limit, starting its invoices' orchestrations as
/// its chunks are stored (<see cref="InvoiceFollowUp"/>); then the file's report and log entry.
/// Every step is idempotent: a slice run again makes nothing twice and writes its report part again whole.
/// </summary>
public sealed class BillingFileImportSteps(ImportBillingFile import)
{
    /// <summary>
    /// Invoices a slice handles before it ends at the next chunk's end (about 20 chunks of
    /// <see cref="BillingImport.ChunkSize"/>). Each slice reads and checks the whole file again and
    /// then writes its invoices. Measured by the README's million-line benchmark on Azurite (333 334
    /// invoices in 5 312 s, of which 409 s the importer's own CPU, reading included): a re-read costs
    /// at most those 409 s and 20 000 invoices about 320 s of writing, so a slice stays well inside
    /// the 30-minute function time limit even there; a million-line file takes 17 slices.
    /// </summary>
    public const int InvoicesPerSlice = 20_000;

    /// <summary>The instance id of the import of <paramref name="fileName"/> at <paramref name="version"/> (no personal data, no characters an instance id may not hold).</summary>
    public static string InstanceId(string fileName, string version) => $"billing-import-{KeyOf(fileName, version)}";

    /// <summary>A key of the file's name and version: the first 32 hex digits of SHA-256 of both.</summary>
    public static string KeyOf(string fileName, string version)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(version);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fileName}\u001F{version}")).AsSpan(0, 16));
    }

    /// <summary>Imports the slice <paramref name="state"/> asks for, starting its invoices' orchestrations on <paramref name="engine"/>.</summary>
    public async Task<BillingSliceResult> ImportSliceAsync(BillingImportState state, IWorkflowEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var followUp = new InvoiceFollowUp(engine);
        var outcome = await import.ImportSliceAsync(state.NextSlice(), followUp, cancellationToken).ConfigureAwait(false);
        return new BillingSliceResult(outcome, followUp.Started);
    }

    /// <summary>Ends the import: the error report joined from the slices' parts, the file logged for the billing office (or, when the file changed, the parts discarded).</summary>
    public async Task<BillingImportSummary> FinishAsync(BillingImportState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = KeyOf(state.FileName, state.Version);
        var parts = state.ReportParts ?? [];
        if (state.Changed)
        {
            await import.DiscardPartsAsync(state.FileName, key, parts, cancellationToken).ConfigureAwait(false);
            return new BillingImportSummary(state.FileName, state.ImportId, null, null, null, state.Slice, state.Started, Superseded: true);
        }

        var counts = state.Counts ?? ImportCounts.None;
        var report = state.Refusal is null ? counts.Report(state.FileName, state.ImportId ?? string.Empty, state.UnknownColumns ?? []) : null;
        var at = state.RecordedAt ?? throw new InvalidOperationException("An import ends after its first slice.");
        var stopped = state.Stopped ? StoppedReason(counts.InvoicesCreated) : null;
        var outcome = await import.FinishSlicesAsync(state.FileName, key, report, state.Refusal, stopped, parts, at, cancellationToken).ConfigureAwait(false);
        return new BillingImportSummary(state.FileName, state.ImportId, report is null ? null : counts, state.Refusal, outcome.ErrorReport, state.Slice, state.Started, Superseded: false, state.Stopped);
    }

    /// <summary>
    /// What the billing office is told of an import that stopped (a slice failed on every retry: the
    /// store did not answer for that long, or a fault of ours). The way on is the one that is safe
    /// whatever was done: a new upload of the file, whose import creates nothing twice.
    /// </summary>
    public static string StoppedReason(int invoicesCreated) =>
        string.Create(CultureInfo.InvariantCulture, $"The import stopped before the end of the file: a part of it failed on every retry. The {invoicesCreated} invoices created until then stand; upload the file again to import the rest (nothing is created twice).");
}
