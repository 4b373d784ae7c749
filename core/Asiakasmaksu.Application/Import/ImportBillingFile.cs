using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Imports one arrived billing file from the billing container or folder and stores its error
/// report (<c>&lt;file&gt;.errors.csv</c>) when lines were rejected or the file was refused whole.
/// The same use case serves the Azure blob trigger, the local watcher and the <c>import</c> command.
/// When the host has <paramref name="bookkeeping"/>, the file is logged for the billing office and its
/// clients indexed for the staff's search after the import.
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
}
