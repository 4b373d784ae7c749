using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations;

/// <summary>
/// The retry policy of every activity call: storage and mail services fail now and then for a
/// moment (throttling, a dropped connection). Six attempts over about ten minutes; an activity that
/// still fails fails its orchestration, and the nightly self-healing starts it again. Retrying is
/// safe because every activity runs an idempotent use case.
/// </summary>
public static class Retries
{
    /// <summary>For transient faults: first retry after 15 s, then doubling up to 5 min.</summary>
    public static TaskOptions Transient { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6,
        firstRetryInterval: TimeSpan.FromSeconds(15),
        backoffCoefficient: 2.0,
        maxRetryInterval: TimeSpan.FromMinutes(5)));
}
