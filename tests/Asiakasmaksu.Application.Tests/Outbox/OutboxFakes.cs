using System.Collections.Concurrent;
using System.Net;
using Asiakasmaksu.Application.Outbox;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>An email sender that records what it is given and fails its first <paramref name="failures"/> calls with HTTP 503, as SendGrid may.</summary>
internal sealed class RecordingEmailSender(int failures = 0) : IEmailSender
{
    private int calls;

    public ConcurrentQueue<OutgoingEmail> Sent { get; } = new();

    public int Calls => calls;

    public Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) <= failures)
        {
            throw new HttpRequestException("Service Unavailable", null, HttpStatusCode.ServiceUnavailable);
        }

        Sent.Enqueue(email);
        return Task.FromResult($"sent:{email.NoticeId}");
    }
}

/// <summary>An archive in memory: name → content and content type.</summary>
internal sealed class MemoryArchive : INoticeArchive
{
    public ConcurrentDictionary<string, (byte[] Content, string ContentType)> Stored { get; } = new(StringComparer.Ordinal);

    public Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        Stored[name] = (content.ToArray(), contentType);
        return Task.FromResult($"memory/{name}");
    }
}

/// <summary>A logger that keeps every formatted message, to check that no personal data is logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
}

/// <summary>An email sender whose first call waits inside the send until released (a pass caught mid-send); later calls go straight through. Records every send.</summary>
internal sealed class GatedEmailSender : IEmailSender
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int calls;

    public ConcurrentQueue<OutgoingEmail> Sent { get; } = new();

    /// <summary>Completes when the first call is inside the send.</summary>
    public Task Entered => entered.Task;

    public void Release() => released.TrySetResult();

    public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) == 1)
        {
            entered.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }

        Sent.Enqueue(email);
        return $"sent:{email.NoticeId}";
    }
}

/// <summary>An archive that moves the clock forward by <paramref name="delay"/> on every store, as a starved machine would take that long.</summary>
internal sealed class SlowArchive(INoticeArchive inner, Asiakasmaksu.Application.Time.ManualClock clock, TimeSpan delay) : INoticeArchive
{
    public Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        clock.Set(clock.GetUtcNow() + delay);
        return inner.StoreAsync(name, content, contentType, cancellationToken);
    }
}
