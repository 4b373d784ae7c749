using Asiakasmaksu.Application.Files;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches an input container (what Event Grid does in Azure): every <c>PollSeconds</c> it hands
/// each new file, or new version of a file, to <see cref="HandleAsync"/>. The use cases behind it
/// are idempotent, so after a restart files are looked at again and nothing is applied twice.
/// </summary>
/// <typeparam name="TOutcome">What handling one file answers.</typeparam>
internal abstract class IncomingFileWatcher<TOutcome>(TimeSpan pause, ILogger logger) : BackgroundService
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim onePass = new(1, 1);

    /// <summary>The files waiting now.</summary>
    protected abstract IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync((file, ct) => HandleAsync(file, ct), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                WatcherLog.PassFailed(logger, GetType().Name, e.GetType().Name);
            }

            try
            {
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Handles one new file (logging what was done, without personal data).</summary>
    protected abstract Task<TOutcome> HandleAsync(IncomingFile file, CancellationToken cancellationToken);

    /// <summary>One look at the container, handling each new file with <paramref name="handle"/>; passes never overlap.</summary>
    protected async Task<IReadOnlyList<TOutcome>> PassAsync(Func<IncomingFile, CancellationToken, Task<TOutcome>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        await onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcomes = new List<TOutcome>();
            await foreach (var file in ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = $"{file.Name}\n{file.Version}";
                if (seen.Contains(key))
                {
                    continue;
                }

                outcomes.Add(await handle(file, cancellationToken).ConfigureAwait(false));

                // Marked only once handled: a pass that failed on this file tries it again next time.
                seen.Add(key);
            }

            return outcomes;
        }
        finally
        {
            onePass.Release();
        }
    }

    public override void Dispose()
    {
        onePass.Dispose();
        base.Dispose();
    }
}
