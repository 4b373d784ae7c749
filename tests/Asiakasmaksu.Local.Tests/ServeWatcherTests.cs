using System.Text;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Testing;
using Azure.Storage.Blobs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// <c>serve</c> as the real process on Azurite: a billing file dropped into the billing container
/// becomes an invoice, and a bank file dropped into the payments container is applied to it, with
/// nobody running a command (what Event Grid does in Azure).
/// </summary>
public sealed class ServeWatcherTests
{
    private const string Prefix = "serve";

    private const string Billing = """
        batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date
        2026-01-HOME,L1,C1,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2026-01-05,41.20,1,2026-01-15
        """;

    [Fact]
    public async Task GivenServeRunning_WhenABillingFileAndThenABankFileArrive_ThenTheInvoiceIsCreatedAndThePaymentRecordedOnIt()
    {
        using var dir = new TempFolder();
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = Prefix });
        var id = InvoiceIdentity.For("2026-01-HOME", "C1");
        using var serve = LocalCliProcess.Start(dir.Path, ["serve", "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
        {
            ["Asiakasmaksu__Storage__ConnectionString"] = azurite.ConnectionString,
            ["Asiakasmaksu__Storage__TablePrefix"] = Prefix,
            ["Asiakasmaksu__Notices__Folder"] = Path.Combine(dir.Path, "notices"),
            ["Asiakasmaksu__Billing__PollSeconds"] = "1",
            ["Asiakasmaksu__Payments__PollSeconds"] = "1",
        });
        // Drain what serve prints, so that a full pipe never blocks it.
        var output = serve.StandardOutput.ReadToEndAsync();
        var errors = serve.StandardError.ReadToEndAsync();
        try
        {
            await UploadAsync(blobs, "billing", "january.csv", Encoding.UTF8.GetBytes(Billing));
            var invoice = await WaitForAsync(() => store.LoadAsync(id, CancellationToken.None), i => i is not null, serve, errors);
            Assert.Equal(Money.Of(41.20m), invoice!.State.Facts.Amount);

            var ktl = KtlFileBuilder.Bytes([new KtlFileBuilder.Line("2601200001AA0001", InvoiceReferences.NationalFor(id), 4_120, new DateOnly(2026, 1, 20))]);
            await UploadAsync(blobs, "payments", "viitteet-2026-01-20.txt", ktl);
            var paid = await WaitForAsync(() => store.LoadAsync(id, CancellationToken.None), i => i!.History.Any(e => e.Event is InvoiceEvent.PaymentReceived), serve, errors);

            var payment = Assert.Single(paid!.History.Select(e => e.Event).OfType<InvoiceEvent.PaymentReceived>());
            Assert.Equal(Money.Of(41.20m), payment.Amount);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
            await Task.WhenAll(output, errors);
        }
    }

    private static async Task UploadAsync(BlobServiceClient blobs, string container, string name, byte[] content)
    {
        var client = blobs.GetBlobContainerClient(Prefix + container);
        await client.CreateIfNotExistsAsync();
        await client.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true);
    }

    /// <summary>Polls until <paramref name="done"/> holds (at most two minutes; the host polls its containers every second).</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, System.Diagnostics.Process serve, Task<string> errors)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (serve.HasExited)
            {
                Assert.Fail("serve stopped: " + await errors);
            }

            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }
            }
            catch (Azure.RequestFailedException) when (DateTime.UtcNow < until)
            {
                // The host creates its tables at start; until then there is nothing to read.
            }

            Assert.True(DateTime.UtcNow < until, "timed out waiting for serve");
            await Task.Delay(500);
        }
    }
}
