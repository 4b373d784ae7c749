using Asiakasmaksu.Application.Outbox;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Asiakasmaksu.Adapters.AzureBlobs;

/// <summary>Keeps rendered notices and printable letters in the <c>notices</c> blob container.</summary>
public sealed class BlobNoticeArchive(BlobContainerClient container) : INoticeArchive
{
    /// <inheritdoc/>
    public async Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken).ConfigureAwait(false);
        return $"{container.Name}/{name}";
    }
}
