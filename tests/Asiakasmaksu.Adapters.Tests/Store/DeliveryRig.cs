using System.Collections.Concurrent;
using System.Text.Json;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.SendGridMail;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.Testing;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// The real senders of a delivery test, counted where they write: SendGrid on a loopback stub
/// (requests by their <c>notice_id</c>), the .eml folder and the letter folder (every write the
/// dispatchers ask for, not the files: both folders write a name once, so files would hide a second
/// send). Dispatchers made here share the outbox, the clock and the counts, each with senders of its own.
/// </summary>
internal sealed class DeliveryRig : IAsyncDisposable
{
    /// <summary>How long a folder write takes here: a real send takes time (SendGrid about 100 ms), so passes overlap as widely as in production, not only for the instant a local write takes.</summary>
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(10);

    private readonly SendGridStub sendGrid = new();
    private readonly string emlFolder = Directory.CreateTempSubdirectory("outbox-eml-").FullName;
    private readonly string letterFolder = Directory.CreateTempSubdirectory("outbox-letters-").FullName;
    private readonly ConcurrentQueue<string> emlWrites = new();
    private readonly ConcurrentQueue<string> letterWrites = new();
    private readonly IOutboxStore outbox;
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);
    private readonly ProblemLog log = new();

    public DeliveryRig(IOutboxStore outbox, DateTimeOffset now)
    {
        this.outbox = outbox;
        Clock = new ManualClock(now);
    }

    public ManualClock Clock { get; }

    /// <summary>What the dispatchers logged as warnings and errors (failed attempts, claims that ran out).</summary>
    public IReadOnlyCollection<string> Problems => log.Messages;

    /// <summary>A dispatcher of its own; even ones email through SendGrid, odd ones into the .eml folder; all write letters (HTML, fast) into the letter folder.</summary>
    public OutboxDispatcher Dispatcher(int number)
    {
        IEmailSender email = number % 2 == 0
            ? new SendGridEmailSender(new SendGridOptions { ApiKey = "SG.test-key-not-real", Host = sendGrid.Host })
            : new CountingSender(new EmlFolderSender(emlFolder), emlWrites);
        var letters = new CountingArchive(new FolderNoticeArchive(letterFolder), letterWrites);
        return new OutboxDispatcher(outbox, renderer, IssuerProfile.Example, email, letters, Clock, new DispatchOptions(Parallelism: 4, LetterFormat: LetterFormat.Html, ArchiveRendered: false), log);
    }

    /// <summary>Every send and letter write so far, by notice id.</summary>
    public IReadOnlyDictionary<string, int> Deliveries()
    {
        var sendGridIds = sendGrid.Requests.Select(r =>
        {
            using var json = JsonDocument.Parse(r.Body);
            return json.RootElement.GetProperty("personalizations")[0].GetProperty("custom_args").GetProperty(SendGridEmailSender.NoticeIdArgument).GetString()!;
        });
        return sendGridIds.Concat(emlWrites).Concat(letterWrites)
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await sendGrid.DisposeAsync();
        Directory.Delete(emlFolder, recursive: true);
        Directory.Delete(letterFolder, recursive: true);
    }

    /// <summary>Starts every one of <paramref name="calls"/> at once, behind a barrier, each on a thread-pool thread; returns what each returned.</summary>
    public static async Task<T[]> AllAtOnceAsync<T>(IReadOnlyList<Func<Task<T>>> calls)
    {
        using var ready = new CountdownEvent(calls.Count);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = calls.Select(call => Task.Run(async () =>
        {
            ready.Signal();
            await go.Task;
            return await call();
        })).ToList();
        await Task.Run(() => ready.Wait(TimeSpan.FromSeconds(30)));
        go.SetResult();
        return await Task.WhenAll(running);
    }

    private sealed class ProblemLog : ILogger<OutboxDispatcher>
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Messages.Enqueue(formatter(state, exception));
            }
        }
    }

    /// <summary>Counts sends by notice id; each takes <see cref="Latency"/> first, as a real one takes time.</summary>
    private sealed class CountingSender(IEmailSender inner, ConcurrentQueue<string> writes) : IEmailSender
    {
        public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            writes.Enqueue(email.NoticeId);
            await Task.Delay(Latency, cancellationToken);
            return await inner.SendAsync(email, cancellationToken);
        }
    }

    /// <summary>Counts letter writes by notice id (the archive name is <c>letters/yyyy/MM/{id}.html</c>); each takes <see cref="Latency"/> first.</summary>
    private sealed class CountingArchive(INoticeArchive inner, ConcurrentQueue<string> writes) : INoticeArchive
    {
        public async Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
        {
            writes.Enqueue(Path.GetFileNameWithoutExtension(name));
            await Task.Delay(Latency, cancellationToken);
            return await inner.StoreAsync(name, content, contentType, cancellationToken);
        }
    }
}
