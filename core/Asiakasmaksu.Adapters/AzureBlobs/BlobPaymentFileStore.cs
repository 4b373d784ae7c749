using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Payments;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Asiakasmaksu.Adapters.AzureBlobs;

/// <summary>Payment files in the <c>payments</c> container; reports to <c>payments-reports/&lt;file&gt;.report.json</c>.</summary>
public sealed class BlobPaymentFileStore(BlobContainerClient payments, BlobContainerClient reports) : IPaymentFileStore
{
    /// <inheritdoc/>
    public IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => IncomingBlobs.ListAsync(payments, cancellationToken);

    /// <inheritdoc/>
    public async Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        await payments.GetBlobClient(name).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<string> WriteReportAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = $"{fileName}.report.json";
        await reports.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } }, cancellationToken).ConfigureAwait(false);
        return $"{reports.Name}/{name}";
    }
}
