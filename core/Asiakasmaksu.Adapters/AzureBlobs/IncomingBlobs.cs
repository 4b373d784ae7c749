using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Files;
using Azure.Storage.Blobs;

namespace Asiakasmaksu.Adapters.AzureBlobs;

/// <summary>Lists the blobs waiting in an input container, with their ETags as versions.</summary>
internal static class IncomingBlobs
{
    public static async IAsyncEnumerable<IncomingFile> ListAsync(BlobContainerClient container, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new IncomingFile(blob.Name, blob.Properties.ETag?.ToString() ?? string.Empty, blob.Properties.ContentLength ?? 0);
        }
    }
}
