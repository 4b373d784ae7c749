using System.Collections.Concurrent;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Rendering;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>
/// Concurrent deliveries (issue 17.3): several outbox dispatchers, each with senders of its own,
/// pass over the one outbox at once while the staff changes queue notices (every applied deferral
/// queues its confirmation), as several sweepers and workflow steps would. Every send and letter
/// write is counted where it arrives, by notice id, so a notice sent twice shows.
/// </summary>
internal sealed class DeliveryPasses(IOutboxStore outbox, TimeProvider clock, int dispatchers)
{
    /// <summary>How long a send takes here, so that passes overlap as they would with a real sender.</summary>
    private static readonly TimeSpan SendLatency = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<string, int> received = new(StringComparer.Ordinal);
    private int passes;
    private int failedPasses;

    /// <summary>Passes run so far, by all dispatchers.</summary>
    public int Passes => Volatile.Read(ref passes);

    /// <summary>Passes that failed on the server's side (a storage error out of a pass).</summary>
    public int FailedPasses => Volatile.Read(ref failedPasses);

    /// <summary>Every dispatcher passes again and again until <paramref name="deadline"/> (a short pause after a pass that found nothing).</summary>
    public Task RunUntilAsync(DateTime deadline) =>
        Task.WhenAll(Enumerable.Range(0, dispatchers).Select(i => Task.Run(async () =>
        {
            var dispatcher = Dispatcher();
            while (DateTime.UtcNow < deadline)
            {
                if (await PassAsync(dispatcher) == 0)
                {
                    await Task.Delay(50);
                }
            }
        })));

    /// <summary>All dispatchers pass at once until a round delivers nothing and nothing is pending; returns the notices left pending.</summary>
    public async Task<int> DrainAsync()
    {
        var all = Enumerable.Range(0, dispatchers).Select(_ => Dispatcher()).ToList();
        for (var round = 0; round < 1000; round++)
        {
            var delivered = await Task.WhenAll(all.Select(d => Task.Run(() => PassAsync(d))));
            if (delivered.Sum() == 0 && await PendingAsync() == 0)
            {
                return 0;
            }
        }

        return await PendingAsync();
    }

    /// <summary>
    /// What arrived: notices received once, those received more than once, and those received but
    /// not marked sent in the outbox.
    /// </summary>
    public async Task<(int Once, IReadOnlyList<string> Duplicates, IReadOnlyList<string> Unmarked)> CheckAsync()
    {
        var unmarked = new List<string>();
        foreach (var id in received.Keys)
        {
            if (await outbox.DeliveryOfAsync(id, CancellationToken.None) is null)
            {
                unmarked.Add(id);
            }
        }

        return (received.Count(r => r.Value == 1), [.. received.Where(r => r.Value > 1).Select(r => $"{r.Key} ×{r.Value}")], unmarked);
    }

    /// <summary>Notices received, once or more.</summary>
    public int Received => received.Count;

    private async Task<int> PassAsync(OutboxDispatcher dispatcher)
    {
        Interlocked.Increment(ref passes);
        try
        {
            return (await dispatcher.DispatchAsync(CancellationToken.None)).Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Interlocked.Increment(ref failedPasses);
            return 0;
        }
    }

    private async Task<int> PendingAsync()
    {
        var pending = 0;
        await foreach (var _ in outbox.PendingAsync(clock.GetUtcNow(), 1000, CancellationToken.None))
        {
            pending++;
        }

        return pending;
    }

    /// <summary>A dispatcher of its own, letters as HTML (rendering PDFs would measure the renderer).</summary>
    private OutboxDispatcher Dispatcher() =>
        new(outbox, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new CountingSender(received), new CountingArchive(received), clock, new DispatchOptions(MaxPerPass: 100, Parallelism: 4, LetterFormat: LetterFormat.Html, ArchiveRendered: false));

    private static void Count(ConcurrentDictionary<string, int> received, string noticeId) => received.AddOrUpdate(noticeId, 1, (_, n) => n + 1);

    /// <summary>An email sender that counts each mail it is asked to send.</summary>
    private sealed class CountingSender(ConcurrentDictionary<string, int> received) : IEmailSender
    {
        public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            await Task.Delay(SendLatency, cancellationToken);
            Count(received, email.NoticeId);
            return $"sent:{email.NoticeId}";
        }
    }

    /// <summary>A letter archive (also the e-invoices' channel) that counts each letter it is asked to write.</summary>
    private sealed class CountingArchive(ConcurrentDictionary<string, int> received) : INoticeArchive
    {
        public async Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
        {
            await Task.Delay(SendLatency, cancellationToken);
            Count(received, Path.GetFileNameWithoutExtension(name));
            return name;
        }
    }
}
