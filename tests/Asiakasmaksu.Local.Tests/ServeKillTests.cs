using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Testing;
using Azure.Storage.Blobs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// <c>serve --speed</c> killed with SIGKILL while every invoice sleeps on its orchestration's timer,
/// just after two staff changes, then started again: every invoice still reaches its end (the paid
/// one paid, the deferred one and the others in enforcement), no notice is sent twice and none is
/// lost (counted at a SendGrid stand-in: every client has an email address).
/// </summary>
public sealed class ServeKillTests
{
    private const string Prefix = "kill";
    private const int Clients = 12;

    /// <summary>
    /// One business day a second: the staff changes must land while the invoices sleep before their
    /// due date (30 days after the invoice date, so 30 s after serve starts), which under a loaded CI
    /// machine 15 s did not always leave room for (an invoice had already been marked overdue, and
    /// the payment met its wake-up's commit: 409). The deferred invoice's enforcement, about 150 days
    /// on, then comes in under three minutes.
    /// </summary>
    private const string Speed = "86400";

    /// <summary>An instant after every attempt any notice of the test could wait for: what is pending then is undelivered for good.</summary>
    private static readonly DateTimeOffset Never = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GivenServeKilledWhileInvoicesSleepAfterStaffChanges_WhenStartedAgain_ThenEveryInvoiceEndsAsExpectedAndEveryNoticeIsSentExactlyOnce()
    {
        using var dir = new TempFolder();
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        await using var sendGrid = new SendGridStub();
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = Prefix });
        var ids = Enumerable.Range(1, Clients).Select(c => InvoiceIdentity.For("2026-03-HOME", $"C{c:D2}")).ToArray();
        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "local-team-key-0001");

        var first = Serve(dir, azurite, sendGrid, port);
        try
        {
            var billing = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Prefix + "billing");
            await billing.CreateIfNotExistsAsync();
            await billing.GetBlobClient("march.csv").UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(BillingFile())), overwrite: true);
            await WaitAsync(() => Task.FromResult(sendGrid.NoticeIds.Count >= Clients), first, "every invoice was sent");

            // Two staff changes while every invoice sleeps: the first is paid in full, the second deferred.
            await PostAsync(http, $"/api/invoices/{ids[0]}/payments", new { amount = "60.00", paidOn = "2026-03-03" });
            await PostAsync(http, $"/api/invoices/{ids[1]}/deferrals", new { newDueDate = "2026-05-15", reason = "hospital stay" });
            await WaitAsync(() => Task.FromResult(sendGrid.NoticeIds.Count >= Clients + 1), first, "the deferral was confirmed");
        }
        finally
        {
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        var second = Serve(dir, azurite, sendGrid, port);
        try
        {
            // Reaching its end is a commit; the notice of that step leaves just after it: wait for both.
            await WaitAsync(async () => await EndedAsync(store, ids) && await NothingPendingAsync(store), second, "every invoice reached its end and its notices left", minutes: 5);
        }
        finally
        {
            second.Process.Kill(entireProcessTree: true);
            await second.Process.WaitForExitAsync();
        }

        Assert.Equal("paid", (await store.LoadAsync(ids[0], CancellationToken.None))!.State.Status);
        var deferred = (await store.LoadAsync(ids[1], CancellationToken.None))!;
        Assert.Contains(deferred.History, h => h.Event is InvoiceEvent.DueDateDeferred);
        var sent = sendGrid.NoticeIds;
        Assert.Empty(sent.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
        var delivered = new List<string>();
        foreach (var id in ids)
        {
            foreach (var noticeId in (await store.LoadAsync(id, CancellationToken.None))!.History.Select(h => $"{id}-{h.Number:D4}"))
            {
                if (await store.DeliveryOfAsync(noticeId, CancellationToken.None) is not null)
                {
                    delivered.Add(noticeId);
                }
            }
        }

        // The invoice, the reminder, both collection letters and the enforcement notice of each of the ten
        // unpaid invoices, the deferred one's also its confirmation, and the paid one's invoice.
        Assert.Equal((Clients - 1) * 5 + 1 + 1, delivered.Count);
        Assert.Equal(delivered.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
    }

    /// <summary>True when the outbox holds no notice that is still to be delivered, at any time.</summary>
    private static async Task<bool> NothingPendingAsync(AzureTableStore store)
    {
        await foreach (var _ in store.PendingAsync(Never, 1, CancellationToken.None))
        {
            return false;
        }

        return true;
    }

    private static string BillingFile()
    {
        var lines = new StringBuilder("batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date,email\n");
        for (var c = 1; c <= Clients; c++)
        {
            lines.Append($"2026-03-HOME,L{c:D2}a,C{c:D2},Asiakas {c},Kotikatu {c},00100,Helsinki,fi,DOCTOR,2026-02-10,40.00,0,2026-03-02,c{c}@example.test\n");
            lines.Append($"2026-03-HOME,L{c:D2}b,C{c:D2},Asiakas {c},Kotikatu {c},00100,Helsinki,fi,ORAL,2026-02-12,20.00,0,2026-03-02,c{c}@example.test\n");
        }

        return lines.ToString();
    }

    /// <summary>True when the paid invoice is closed and every other one has reached enforcement.</summary>
    private static async Task<bool> EndedAsync(IInvoiceStore store, InvoiceId[] ids)
    {
        foreach (var id in ids)
        {
            if (await store.LoadAsync(id, CancellationToken.None) is not { } stored || (stored.State.Status == "open" && stored.State.Stage is not Stage.InEnforcement))
            {
                return false;
            }
        }

        return true;
    }

    private static (Process Process, Task<string> Output) Serve(TempFolder dir, AzuriteProcess azurite, SendGridStub sendGrid, int port)
    {
        var serve = LocalCliProcess.Start(dir.Path, ["serve", "--speed", Speed, "--from", "2026-03-02", "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>
        {
            ["Asiakasmaksu__Storage__ConnectionString"] = azurite.ConnectionString,
            ["Asiakasmaksu__Storage__TablePrefix"] = Prefix,
            ["Asiakasmaksu__Notices__Sender"] = "SendGrid",
            ["Asiakasmaksu__SendGrid__ApiKey"] = "SG.test-key",
            ["Asiakasmaksu__SendGrid__Host"] = sendGrid.Host,
            ["Asiakasmaksu__Billing__PollSeconds"] = "1",
        });

        // Drain what serve prints, so that a full pipe never blocks it; shown when the test fails.
        var output = new StringBuilder();
        serve.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        serve.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        return (serve, serve.WaitForExitAsync().ContinueWith(_ => { lock (output) { return output.ToString(); } }, TaskScheduler.Default));
    }

    /// <summary>
    /// A staff change, sent again (as a new request, as the answer asks a person to) when it met a
    /// wake-up's commit on the same invoice (409): a staff change reports such a race instead of
    /// deciding again (<c>ConflictPolicy.Report</c>). Any other failure fails the test.
    /// </summary>
    private static async Task PostAsync(HttpClient http, string path, object body)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var reply = await http.SendAsync(request);
            if (reply.StatusCode == HttpStatusCode.Conflict && attempt < 3)
            {
                continue;
            }

            Assert.True(reply.IsSuccessStatusCode, $"{path}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
            return;
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> done, (Process Process, Task<string> Output) serve, string what, int minutes = 2)
    {
        var until = DateTime.UtcNow.AddMinutes(minutes);
        while (!await done())
        {
            if (serve.Process.HasExited)
            {
                Assert.Fail($"serve stopped before {what}: {await serve.Output}");
            }

            if (DateTime.UtcNow > until)
            {
                serve.Process.Kill(entireProcessTree: true);
                var printed = await serve.Output;
                Assert.Fail($"timed out waiting until {what}; serve printed: {printed[Math.Max(0, printed.Length - 4000)..]}");
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
