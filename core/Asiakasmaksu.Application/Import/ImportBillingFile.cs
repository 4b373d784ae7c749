using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Imports one arrived billing file from the billing container or folder and stores its error
/// report (<c>&lt;file&gt;.errors.csv</c>) when lines were rejected or the file was refused whole.
/// The same use case serves the Azure blob trigger, the local watcher and the <c>import</c> command.
/// When the host has <paramref name="bookkeeping"/>, the file is logged for the billing office and its
/// clients indexed for the staff's search after the import. A large file is imported in slices
/// (<see cref="ImportSliceAsync"/>, each within a function's time limit), whose report parts
/// <see cref="FinishSlicesAsync"/> joins into the one error report.
/// </summary>
public sealed class ImportBillingFile(IBillingFileStore files, BillingImport import, Files.ImportBookkeeping? bookkeeping = null)
{
    /// <summary>
    /// Imports <paramref name="fileName"/>, handing the invoices of each stored chunk to
    /// <paramref name="imported"/> when given (<see cref="IImportedInvoiceSink"/>). A file that is
    /// not a billing file at all gives an outcome without a report, with the one refusal message,
    /// and an error report of one row naming it.
    /// </summary>
    public async Task<ImportOutcome> RunAsync(string fileName, IImportedInvoiceSink? imported, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var tracked = bookkeeping?.Track(imported);
        var buffer = SpoolFolder.Shared.CreateFile(".csv", FileOptions.Asynchronous);
        await using (buffer.ConfigureAwait(false))
        {
            ImportReport? report = null;
            string? refusal = null;
            int rows;
            var sink = new CsvRejectionSink(buffer, leaveOpen: true);
            await using (sink.ConfigureAwait(false))
            {
                var content = await files.OpenReadAsync(fileName, ct).ConfigureAwait(false);
                await using (content.ConfigureAwait(false))
                {
                    try
                    {
                        report = await import.RunAsync(fileName, content, sink, tracked ?? imported, progress, ct).ConfigureAwait(false);
                    }
                    catch (BillingFileFormatException e)
                    {
                        refusal = e.Message;
                        await sink.AddAsync(new LineRejection(e.LineNumber ?? 1, e.Column ?? string.Empty, e.Message, null), ct).ConfigureAwait(false);
                    }
                }

                await sink.FlushAsync(ct).ConfigureAwait(false);
                rows = sink.Count;
            }

            string? errorReport = null;
            if (rows > 0)
            {
                buffer.Position = 0;
                errorReport = await files.WriteErrorReportAsync(fileName, buffer, ct).ConfigureAwait(false);
            }

            var outcome = new ImportOutcome(fileName, report, refusal, errorReport);
            if (bookkeeping is not null)
            {
                await bookkeeping.BillingFileImportedAsync(outcome, tracked!, files, ct).ConfigureAwait(false);
            }

            return outcome;
        }
    }

    /// <summary>
    /// Imports one slice of <paramref name="request"/>'s file (<see cref="BillingImport.RunSliceAsync"/>),
    /// handing the invoices of each stored chunk to <paramref name="imported"/> when given, and stores
    /// the slice's report rows as its part (<see cref="ImportReportParts"/>), written again whole when
    /// the slice runs again. Indexes the clients of the slice's invoices for the staff's search. A file
    /// that is not a billing file at all is refused by the first slice, its one row in that part.
    /// </summary>
    public async Task<BillingSliceOutcome> ImportSliceAsync(BillingSliceRequest request, IImportedInvoiceSink? imported, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tracked = bookkeeping?.Track(imported);
        var buffer = SpoolFolder.Shared.CreateFile(".csv", FileOptions.Asynchronous);
        await using (buffer.ConfigureAwait(false))
        {
            ImportSliceReport? report = null;
            string? refusal = null;
            int rows;
            var sink = new CsvRejectionSink(buffer, leaveOpen: true);
            await using (sink.ConfigureAwait(false))
            {
                var content = await files.OpenReadAsync(request.FileName, ct).ConfigureAwait(false);
                await using (content.ConfigureAwait(false))
                {
                    try
                    {
                        report = await import.RunSliceAsync(content, request.Window, sink, tracked ?? imported, null, ct).ConfigureAwait(false);
                    }
                    catch (BillingFileFormatException) when (request.Window.ExpectedImportId is not null)
                    {
                        // An earlier slice read this file whole and well-formed: a later slice that
                        // cannot read it is reading another version (re-uploaded or truncated), not
                        // a file to refuse whole; the earlier slices' invoices stand.
                        return new BillingSliceOutcome(null, null, Changed: true, 0, import.Now());
                    }
                    catch (BillingFileFormatException e)
                    {
                        refusal = e.Message;
                        await sink.AddAsync(new LineRejection(e.LineNumber ?? 1, e.Column ?? string.Empty, e.Message, null), ct).ConfigureAwait(false);
                    }
                    catch (BillingFileChangedException)
                    {
                        return new BillingSliceOutcome(null, null, Changed: true, 0, import.Now());
                    }
                }

                await sink.FlushAsync(ct).ConfigureAwait(false);
                rows = sink.Count;
            }

            if (rows > 0)
            {
                buffer.Position = 0;
                await files.WriteErrorReportAsync(ImportReportParts.NameOf(request.FileName, request.ImportKey, request.Slice), buffer, ct).ConfigureAwait(false);
            }

            if (report is not null && bookkeeping is not null)
            {
                await bookkeeping.IndexClientsAsync(request.FileName, tracked!, files, ct).ConfigureAwait(false);
            }

            return new BillingSliceOutcome(report, refusal, Changed: false, rows, report?.RecordedAt ?? import.Now());
        }
    }

    /// <summary>
    /// Ends an import made in slices: joins the report parts of <paramref name="parts"/> (the slices
    /// that had rows), in order, into the file's error report, logs the file for the billing office
    /// as read at <paramref name="at"/> (so that doing this again logs it once), then deletes the
    /// parts. Done again after the parts were deleted, it keeps the report they were joined into.
    /// An import that <paramref name="stopped"/> before the file's end is logged the same way, its
    /// report counting what was imported until then, with the reason.
    /// </summary>
    public async Task<ImportOutcome> FinishSlicesAsync(string fileName, string importKey, ImportReport? report, string? refusal, string? stopped, IReadOnlyList<int> parts, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parts);
        string? errorReport = null;
        if (parts.Count > 0)
        {
            errorReport = await JoinPartsAsync(fileName, importKey, parts, ct).ConfigureAwait(false);
        }

        var outcome = new ImportOutcome(fileName, report, refusal, errorReport, stopped);
        if (bookkeeping is not null)
        {
            await bookkeeping.LogBillingFileAsync(outcome, at, ct).ConfigureAwait(false);
        }

        foreach (var part in parts)
        {
            await files.DeleteErrorReportAsync(ImportReportParts.NameOf(fileName, importKey, part), ct).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Deletes the report parts of an import that stopped because its file changed (its new version is imported on its own).</summary>
    public async Task DiscardPartsAsync(string fileName, string importKey, IReadOnlyList<int> parts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var part in parts)
        {
            await files.DeleteErrorReportAsync(ImportReportParts.NameOf(fileName, importKey, part), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the file's error report from its parts; the parts are deleted in order after it is written, so a missing first part means it was.</summary>
    private async Task<string> JoinPartsAsync(string fileName, string importKey, IReadOnlyList<int> parts, CancellationToken ct)
    {
        var buffer = SpoolFolder.Shared.CreateFile(".csv", FileOptions.Asynchronous);
        await using (buffer.ConfigureAwait(false))
        {
            await ImportReportParts.WriteHeaderAsync(buffer, ct).ConfigureAwait(false);
            foreach (var part in parts)
            {
                var content = await files.OpenErrorReportAsync(ImportReportParts.NameOf(fileName, importKey, part), ct).ConfigureAwait(false);
                if (content is null && part == parts[0])
                {
                    var joined = await files.OpenErrorReportAsync(fileName, ct).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The report parts of an import are gone and its error report is not there.");
                    await using (joined.ConfigureAwait(false))
                    {
                        buffer.SetLength(0);
                        await joined.CopyToAsync(buffer, ct).ConfigureAwait(false);
                    }

                    break;
                }

                await using ((content ?? throw new InvalidOperationException("A report part of an import is missing.")).ConfigureAwait(false))
                {
                    await ImportReportParts.AppendRowsAsync(content, buffer, ct).ConfigureAwait(false);
                }
            }

            buffer.Position = 0;
            return await files.WriteErrorReportAsync(fileName, buffer, ct).ConfigureAwait(false);
        }
    }
}
