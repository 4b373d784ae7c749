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

    /// <inheritdoc/>
    public async Task<ArchivedFile?> ReadAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var prefix = container.Name + "/";
        if (!location.StartsWith(prefix, StringComparison.Ordinal) || location.Length == prefix.Length)
        {
            return null;
        }

        var blob = container.GetBlobClient(location[prefix.Length..]);
        try
        {
            var download = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var name = location[(location.LastIndexOf('/') + 1)..];
            return new ArchivedFile(download.Value.Content.ToMemory(), download.Value.Details.ContentType ?? ArchivedFile.ContentTypeOf(name), name);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
