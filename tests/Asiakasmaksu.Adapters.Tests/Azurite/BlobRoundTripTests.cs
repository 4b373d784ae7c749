using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

[Collection(AzuriteCollection.Name)]
public sealed class BlobRoundTripTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Blob_uploads_and_downloads_the_same_bytes()
    {
        var service = new BlobServiceClient(fixture.ConnectionString);
        var container = service.GetBlobContainerClient(TestNames.Container("roundtrip"));
        await container.CreateIfNotExistsAsync();

        var bytes = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var blob = container.GetBlobClient("invoices/2025/batch-1.pdf");
        await blob.UploadAsync(
            BinaryData.FromBytes(bytes),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } });

        var download = (await blob.DownloadContentAsync()).Value;
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(download.Content.ToArray()));
        Assert.Equal("application/pdf", download.Details.ContentType);

        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = "invoices/" }))
        {
            names.Add(item.Name);
            Assert.Equal(bytes.Length, item.Properties.ContentLength);
        }

        Assert.Equal(["invoices/2025/batch-1.pdf"], names);
    }
}
