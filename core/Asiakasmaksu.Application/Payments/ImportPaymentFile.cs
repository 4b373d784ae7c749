using Asiakasmaksu.Application.Reporting;

namespace Asiakasmaksu.Application.Payments;

/// <summary>
/// Reads one arrived payment file from the payments container or folder, applies it
/// (<see cref="PaymentImport"/>) and stores its report (<c>&lt;file&gt;.report.json</c>): the
/// tallies and each payment's outcome, or the refusal of the whole file. The same use case serves
/// the Azure blob trigger and the local host; with <paramref name="bookkeeping"/> the file is logged for the billing office.
/// </summary>
public sealed class ImportPaymentFile(IPaymentFileStore files, PaymentImport import, Files.ImportBookkeeping? bookkeeping = null)
{
    /// <summary>The largest payment file read (a day's bank file is far smaller).</summary>
    public const long MaxFileBytes = 64L << 20;

    /// <summary>Reads, applies and reports <paramref name="fileName"/>.</summary>
    public async Task<PaymentImportOutcome> RunAsync(string fileName, CancellationToken cancellationToken)
    {
        byte[] content;
        var stream = await files.OpenReadAsync(fileName, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    var refusal = new Domain.Payments.PaymentFileResult.Refused("the file", $"larger than {MaxFileBytes >> 20} MB: not a bank payment file");
                    return await ReportAsync(new PaymentImportOutcome(fileName, null, refusal, null), cancellationToken).ConfigureAwait(false);
                }

                buffer.Write(chunk, 0, read);
            }

            content = buffer.ToArray();
        }

        var outcome = await import.RunAsync(fileName, content, cancellationToken).ConfigureAwait(false);
        return await ReportAsync(outcome, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PaymentImportOutcome> ReportAsync(PaymentImportOutcome outcome, CancellationToken cancellationToken)
    {
        using var json = new MemoryStream(PaymentReportJson.Serialize(outcome));
        var location = await files.WriteReportAsync(outcome.FileName, json, cancellationToken).ConfigureAwait(false);
        var reported = outcome with { ReportLocation = location };
        if (bookkeeping is not null)
        {
            await bookkeeping.PaymentFileImportedAsync(reported, cancellationToken).ConfigureAwait(false);
        }

        return reported;
    }
}
