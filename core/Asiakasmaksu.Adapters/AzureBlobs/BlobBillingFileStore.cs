using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Asiakasmaksu.Adapters.AzureBlobs;

/// <summary>Billing files in the <c>billing</c> container; error reports to <c>billing-errors/&lt;file&gt;.errors.csv</c>.</summary>
public sealed class BlobBillingFileStore(BlobContainerClient billing, BlobContainerClient errors) : IBillingFileStore
{
    /// <inheritdoc/>
    public IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => IncomingBlobs.ListAsync(billing, cancellationToken);

    /// <inheritdoc/>
    public async Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        await billing.GetBlobClient(name).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = 1 << 20 }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<string> WriteErrorReportAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = $"{fileName}.errors.csv";
        await errors.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" } }, cancellationToken).ConfigureAwait(false);
        return $"{errors.Name}/{name}";
    }

    /// <inheritdoc/>
    public async Task<Stream?> OpenErrorReportAsync(string fileName, CancellationToken cancellationToken)
    {
        var blob = errors.GetBlobClient($"{fileName}.errors.csv");
        return await blob.ExistsAsync(cancellationToken).ConfigureAwait(false) ? await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken).ConfigureAwait(false) : null;
    }

    /// <inheritdoc/>
    public Task DeleteErrorReportAsync(string fileName, CancellationToken cancellationToken) =>
        errors.GetBlobClient($"{fileName}.errors.csv").DeleteIfExistsAsync(cancellationToken: cancellationToken);
}
