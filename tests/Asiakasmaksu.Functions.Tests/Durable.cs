using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Moq.Protected;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>Mocks of the Durable Task abstractions, set up the way every test needs them.</summary>
internal static class Durable
{
    /// <summary>
    /// An orchestration context whose replay-safe logger writes nowhere. CallBase lets the SDK's own
    /// CreateReplaySafeLogger run over the mocked logger factory; every other call is set up by the test.
    /// </summary>
    public static Mock<TaskOrchestrationContext> Context(DateTime? now = null)
    {
        var context = new Mock<TaskOrchestrationContext> { CallBase = true };
        context.Protected().SetupGet<ILoggerFactory>("LoggerFactory").Returns(NullLoggerFactory.Instance);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(now ?? new DateTime(2026, 3, 10, 6, 0, 0, DateTimeKind.Utc));
        context.SetupGet(c => c.IsReplaying).Returns(false);
        return context;
    }

    /// <summary>A task that never completes: an event nobody raises, a timer that has not fired.</summary>
    public static Task<T> Never<T>() => new TaskCompletionSource<T>().Task;
}
