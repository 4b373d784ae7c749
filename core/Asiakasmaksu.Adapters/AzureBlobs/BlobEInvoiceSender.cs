using Asiakasmaksu.Application.Outbox;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Asiakasmaksu.Adapters.AzureBlobs;

/// <summary>
/// Hands e-invoices to the operator's connector through the <c>einvoices</c> blob container: one blob
/// <c>{noticeId}.xml</c> a message, created only if it does not exist (<c>If-None-Match: *</c>), so a
/// retry after a crash between the upload and the outbox's mark writes nothing new. The connector
/// must leave collected blobs in place (tag or list them; a lifecycle rule deletes them later, see
/// docs/notices.md): a blob it deleted at once could be written again by such a retry.
/// </summary>
public sealed class BlobEInvoiceSender(BlobContainerClient container) : IEInvoiceSender
{
    /// <inheritdoc/>
    public async Task<string> SendAsync(OutgoingEInvoice einvoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(einvoice);
        var blob = container.GetBlobClient(einvoice.FileName);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(einvoice.Content), options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Handed over before: at most once.
        }

        return $"{container.Name}/{einvoice.FileName}";
    }
}
