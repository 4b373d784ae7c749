using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Application.Files;

/// <summary>
/// What follows an arrived file besides the import itself: the billing office's log of files
/// (<see cref="IImportLog"/>) and, after a billing file, the client search index
/// (<see cref="ClientIndexing"/>). Failures here never undo an import: the invoices are stored; the
/// log entry or index rows are written again when the same file arrives again.
/// </summary>
public sealed class ImportBookkeeping(IImportLog? log = null, IClientSearchIndex? index = null, PersonalIdentityHasher? hasher = null, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Keeps count of the invoices the import hands on (to <paramref name="inner"/> too).</summary>
    public ImportedInvoiceSet Track(IImportedInvoiceSink? inner) => new(inner);

    /// <summary>Logs <paramref name="outcome"/> and indexes the clients of the invoices in <paramref name="imported"/>, reading the file again from <paramref name="files"/>.</summary>
    public async Task BillingFileImportedAsync(ImportOutcome outcome, ImportedInvoiceSet imported, IBillingFileStore files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Report is not null)
        {
            await IndexClientsAsync(outcome.FileName, imported, files, cancellationToken).ConfigureAwait(false);
        }

        await LogBillingFileAsync(outcome, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Indexes the clients of the invoices in <paramref name="imported"/> (all of a file's, or one slice's), reading <paramref name="fileName"/> again from <paramref name="files"/>.</summary>
    public async Task IndexClientsAsync(string fileName, ImportedInvoiceSet imported, IBillingFileStore files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(files);
        if (index is null || imported.Count == 0)
        {
            return;
        }

        var content = await files.OpenReadAsync(fileName, cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            await new ClientIndexing(index, hasher).IndexAsync(content, imported, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Logs a billing file's <paramref name="outcome"/> as read at <paramref name="at"/> (the record's id comes from both, so logging it again at the same instant keeps one record).</summary>
    public async Task LogBillingFileAsync(ImportOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (log is null)
        {
            return;
        }

        var r = outcome.Report;
        await log.AppendAsync(
            new ImportedFileRecord(
                ImportLogKeys.NewId(outcome.FileName, at),
                ImportedFileRecord.Billing,
                outcome.FileName,
                at,
                outcome.Refusal,
                outcome.ErrorReport,
                r?.Lines ?? 0,
                r?.Accepted ?? 0,
                outcome.Refusal is null ? r?.Rejected ?? 0 : 1,
                r?.Warnings ?? 0,
                r?.InvoicesCreated ?? 0,
                r?.AmountCreated ?? Money.Zero,
                Stopped: outcome.Stopped),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs a payment file's outcome.</summary>
    public async Task PaymentFileImportedAsync(PaymentImportOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (log is null)
        {
            return;
        }

        var at = time.GetUtcNow();
        var r = outcome.Report;
        await log.AppendAsync(
            new ImportedFileRecord(
                ImportLogKeys.NewId(outcome.FileName, at),
                ImportedFileRecord.PaymentFiles,
                outcome.FileName,
                at,
                outcome.Refusal is { } refused ? $"{refused.Location}: {refused.Reason}" : null,
                outcome.ReportLocation,
                Format: r?.Format.ToString().ToLowerInvariant(),
                Payments: r?.Payments ?? 0,
                Applied: r?.Applied ?? 0,
                Unmatched: r?.Unmatched ?? 0,
                Amount: r?.AppliedAmount ?? Money.Zero,
                UnmatchedAmount: r?.UnmatchedAmount ?? Money.Zero),
            cancellationToken).ConfigureAwait(false);
    }
}
