using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>A logger provider that keeps every message the host writes, at every level, with its exception's text.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    /// <summary>Every message so far, formatted, each with its category and its exception (if any).</summary>
    public IReadOnlyList<string> Messages => [.. messages];

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, messages);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
