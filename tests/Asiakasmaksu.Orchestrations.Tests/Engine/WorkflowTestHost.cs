using System.Net;
using System.Net.Sockets;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Tests.Engine;

/// <summary>
/// A real in-process Durable Task engine (<see cref="DurableTaskTestHost"/>) running the hosts'
/// <see cref="WorkflowCatalog"/>, with the activities' use cases composed as the hosts compose them
/// (<see cref="AsiakasmaksuServices"/>) on Azurite under a table prefix of the test's own, business
/// time on a <see cref="ScaledBusinessClock"/>, and notices written to a temporary folder.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly DurableTaskTestHost host;

    private WorkflowTestHost(DurableTaskTestHost host, string noticesFolder)
    {
        this.host = host;
        NoticesFolder = noticesFolder;
        Engine = new DurableTaskClientEngine(host.Client);
    }

    /// <summary>The engine's client.</summary>
    public DurableTaskClient Client => host.Client;

    /// <summary>The port the hosts use, on this engine's client.</summary>
    public IWorkflowEngine Engine { get; }

    /// <summary>The activities' services.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>Where notices are written.</summary>
    public string NoticesFolder { get; }

    /// <summary>Business time now.</summary>
    public DateTimeOffset Now => Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The invoice store.</summary>
    public IInvoiceStore Invoices => Services.GetRequiredService<IInvoiceStore>();

    /// <summary>The outbox.</summary>
    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    /// <summary>Who was told about deferral requests.</summary>
    public RecordingStaffNotifier Notifier => Services.GetRequiredService<RecordingStaffNotifier>();

    /// <summary>
    /// Starts an engine whose business time is <paramref name="businessStart"/> now and runs
    /// <paramref name="speed"/> times faster than the wall clock; <paramref name="configure"/>, when
    /// given, adds to (or replaces) the activities' services last.
    /// </summary>
    public static async Task<WorkflowTestHost> StartAsync(AzuriteFixture azurite, DateTimeOffset businessStart, double speed, Action<IServiceCollection, StorageAccess>? configure = null)
    {
        var prefix = $"wf{Guid.NewGuid():N}"[..14];
        var storage = StorageAccess.ForConnectionString(azurite.ConnectionString, prefix);
        await StorageSetup.EnsureCreatedAsync(storage, CancellationToken.None);
        var notices = Directory.CreateTempSubdirectory("asiakasmaksu-wf-").FullName;
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Asiakasmaksu:Notices:Folder"] = notices })
            .Build()
            .GetSection("Asiakasmaksu");
        var clock = new ScaledBusinessClock(TimeProvider.System, businessStart, TimeProvider.System.GetUtcNow(), speed);
        var host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddAsiakasmaksuWorkflows(),
            new DurableTaskTestHostOptions
            {
                Port = FreePort(),
                ConfigureServices = services =>
                {
                    services.AddSingleton<BusinessClock>(clock);
                    services.AddAsiakasmaksu(section, storage, allowExampleIssuer: true);
                    services.AddSingleton<RecordingStaffNotifier>();
                    services.AddSingleton<IStaffNotifier>(sp => sp.GetRequiredService<RecordingStaffNotifier>());
                    configure?.Invoke(services, storage);
                },
            });
        return new WorkflowTestHost(host, notices);
    }

    /// <summary>Seeds one invoice per client in a fresh batch, as the import makes them; returns their ids.</summary>
    public async Task<InvoiceId[]> SeedAsync(DateOnly invoiceDate, params string[] clients)
    {
        var batch = $"wf-{Guid.NewGuid():N}";
        var invoices = clients.Select(c => SeedInvoices.New(batch, c, invoiceDate, 40m, 20m)).ToArray();
        await Invoices.CreateAsync(invoices, CancellationToken.None);
        return [.. invoices.Select(i => i.Id)];
    }

    /// <summary>The invoice as stored now.</summary>
    public async Task<StoredInvoice> StoredAsync(InvoiceId id) =>
        await Invoices.LoadAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No invoice {id}.");

    /// <summary>The deferral requests use case.</summary>
    public DeferralApprovals Approvals => Services.GetRequiredService<DeferralApprovals>();

    /// <summary>How many files were written for notice <paramref name="noticeId"/> (an email, a letter).</summary>
    public int FilesOf(string noticeId) =>
        Directory.EnumerateFiles(NoticesFolder, $"{noticeId}.*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal));

    /// <summary>Waits until notice <paramref name="noticeId"/> is delivered; a timeout names what waits in the outbox and why.</summary>
    public async Task DeliveredAsync(string noticeId, int seconds = 30)
    {
        try
        {
            await EventuallyAsync(async () => await Outbox.DeliveryOfAsync(noticeId, CancellationToken.None) is not null, seconds, $"notice {noticeId} was delivered");
        }
        catch (TimeoutException e)
        {
            var waiting = new List<string>();
            await foreach (var entry in Outbox.PendingAsync(new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero), 50, CancellationToken.None))
            {
                waiting.Add($"{entry.Notice.Id} (attempts {entry.Attempts}, next {entry.NextAttemptAt:o}, {entry.LastError ?? "no error"})");
            }

            throw new TimeoutException($"{e.Message} Waiting in the outbox: {string.Join("; ", waiting)}", e);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, for at most <paramref name="seconds"/> seconds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30, string? what = null)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not within {seconds} s: {what ?? "the condition"}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits for instance <paramref name="instanceId"/> to end, for at most <paramref name="seconds"/> seconds.</summary>
    public async Task<OrchestrationMetadata> CompletionAsync(string instanceId, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>
    /// Stops the engine and deletes the letters folder. An activity the test did not wait for (a
    /// letter of a step after the one it checked) may still be writing there as the test engine stops
    /// (.ci/run saw "Directory not empty"), so the delete is tried again for up to 5 s before it fails.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(NoticesFolder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
