using Asiakasmaksu.Orchestrations;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// The local host's Durable Task engine: DurableTask.Core's <see cref="TaskHubWorker"/> on the Azure
/// Storage provider (<see cref="AzureStorageOrchestrationService"/>) over the host's Azurite, running
/// the very orchestrators and activities the Functions app runs (<see cref="WorkflowCatalog"/>,
/// wrapped by <see cref="DurableTaskShimFactory"/>), and a <see cref="TaskHubClient"/> to start and
/// wake them. The commands that only enqueue work (<c>import</c>, <c>payments</c>) use the client
/// without starting the worker; <c>serve</c> and <c>demo</c> start it (docs/orchestrations.md).
/// </summary>
internal sealed partial class LocalDurableEngine : IHostedService, IDisposable
{
    private readonly AzureStorageOrchestrationService service;
    private readonly TaskHubWorker worker;
    private readonly ILogger<LocalDurableEngine> logger;
    private bool started;
    private long activitiesDone;

    /// <summary>The engine running the hosts' orchestrations (<see cref="WorkflowCatalog"/>).</summary>
    public LocalDurableEngine(string connectionString, LocalEngineOptions options, IServiceProvider services, ILoggerFactory loggerFactory)
        : this(connectionString, options, new DurableTaskRegistry().AddAsiakasmaksuWorkflows(), services, loggerFactory)
    {
    }

    /// <summary>The engine running the orchestrations of <paramref name="registry"/> (the benchmark's bare engine runs its own).</summary>
    public LocalDurableEngine(string connectionString, LocalEngineOptions options, DurableTaskRegistry registry, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var visibility = TimeSpan.FromSeconds(options.MessageVisibilitySeconds);
        service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = options.TaskHubName,
            WorkerId = options.WorkerId,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(options.MaxQueuePollingMilliseconds),
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            ControlQueueVisibilityTimeout = visibility,
            WorkItemQueueVisibilityTimeout = visibility,
            LoggerFactory = loggerFactory,

            // A start for an instance id that exists in any state is refused with an exception
            // (the caller leaves that instance alone), not dropped in silence.
            ThrowExceptionOnInvalidDedupeStatus = true,
        });
        Client = new TaskHubClient(service, SystemTextJsonConverter.Instance, loggerFactory);
        var shims = new DurableTaskShimFactory(
            new DurableTaskWorkerOptions
            {
                DataConverter = JsonDataConverter.Default,

                // The Azure Storage provider cannot hide a queue message for more than 7 days: a longer
                // timer is split into timers of at most this length (3 days, the SDK's default, said here).
                MaximumTimerInterval = TimeSpan.FromDays(3),
            },
            loggerFactory);
        worker = new TaskHubWorker(service, loggerFactory);
        worker.AddTaskOrchestrations(ShimCreators.Orchestrations(registry, shims, services));
        worker.AddTaskActivities(ShimCreators.Activities(registry, shims, services));
        worker.AddActivityDispatcherMiddleware(async (_, next) =>
        {
            await next().ConfigureAwait(false);
            Interlocked.Increment(ref activitiesDone);
        });
        logger = loggerFactory.CreateLogger<LocalDurableEngine>();
    }

    /// <summary>How long a stop waits for the work in flight.</summary>
    public static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(5);

    /// <summary>The client that starts and wakes orchestrations.</summary>
    public TaskHubClient Client { get; }

    /// <summary>How many activity calls this engine has finished since it was made (for measurements).</summary>
    public long ActivitiesDone => Interlocked.Read(ref activitiesDone);

    /// <summary>Creates the task hub's queues, tables and containers if they do not exist.</summary>
    public Task EnsureCreatedAsync() => service.CreateIfNotExistsAsync();

    /// <summary>Starts running orchestrations.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        await worker.StartAsync().ConfigureAwait(false);
        started = true;
        LogStarted(logger);
    }

    /// <summary>
    /// Stops taking work and lets what is in flight finish for up to <see cref="GracefulStop"/>;
    /// then abandons the rest, which is taken up again after a restart (its messages become visible
    /// again after <see cref="LocalEngineOptions.MessageVisibilitySeconds"/>).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!started)
        {
            return;
        }

        started = false;
        try
        {
            await worker.StopAsync(isForced: false).WaitAsync(GracefulStop, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            LogAbandoned(logger);
            await worker.StopAsync(isForced: true).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        worker.Dispose();
        service.Dispose();
    }

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Durable Task engine stopped with work in flight; it is taken up again after a restart")]
    private static partial void LogAbandoned(ILogger logger);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Durable Task engine started on the Azure Storage provider")]
    private static partial void LogStarted(ILogger logger);
}
