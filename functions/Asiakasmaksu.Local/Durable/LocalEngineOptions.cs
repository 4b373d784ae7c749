namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// How the local host runs its Durable Task engine on the Azure Storage provider (section
/// <c>Asiakasmaksu:Durable</c>; docs/orchestrations.md, "The local engine").
/// </summary>
public sealed class LocalEngineOptions
{
    /// <summary>The task hub: its queues, tables and lease blobs carry this name. The default matches the Functions app's.</summary>
    public string TaskHubName { get; set; } = "asiakasmaksu";

    /// <summary>
    /// A stable worker id: a restarted local host takes its partition leases back at once instead
    /// of waiting about 30 s for them to expire.
    /// </summary>
    public string WorkerId { get; set; } = "local-host";

    /// <summary>
    /// The longest pause between polls of an idle queue, in milliseconds. The provider's default of 30 s
    /// makes an idle host late by that much; 1 s keeps timers within about a second.
    /// </summary>
    public int MaxQueuePollingMilliseconds { get; set; } = 1000;

    /// <summary>Activities run at once (each one use case).</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary>Orchestration episodes run at once.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 32;

    /// <summary>
    /// How long a dequeued message stays hidden before another worker may take it, in seconds:
    /// after a crash, what was in flight is taken up again this much later. The provider renews it
    /// while the work runs.
    /// </summary>
    public int MessageVisibilitySeconds { get; set; } = 60;
}
