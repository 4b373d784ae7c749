using Asiakasmaksu.Application.Files;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches an input container (what Event Grid does in Azure): every <c>PollSeconds</c> it hands
/// each new file, or new version of a file, to <see cref="HandleAsync"/>, and notes it in
/// <see cref="HandledFiles"/> once handled, so that a restart does not handle it again. The use cases
/// behind it are idempotent, so a file handled by a process that died before noting it is handled
/// again and nothing is applied twice.
/// </summary>
internal abstract class IncomingFileWatcher(string container, HandledFiles handled, TimeSpan pause, ILogger logger) : BackgroundService
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
                await PassAsync(stoppingToken).ConfigureAwait(false);
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
    protected abstract Task HandleAsync(IncomingFile file, CancellationToken cancellationToken);

    /// <summary>One look at the container, handling each new file; passes never overlap.</summary>
    private async Task PassAsync(CancellationToken cancellationToken)
    {
        await onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var file in ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = $"{file.Name}\n{file.Version}";
                if (seen.Contains(key) || await handled.WasHandledAsync(container, file, cancellationToken).ConfigureAwait(false))
                {
                    seen.Add(key);
                    continue;
                }

                await HandleAsync(file, cancellationToken).ConfigureAwait(false);

                // Marked only once handled: a pass that failed on this file tries it again next time.
                await handled.MarkHandledAsync(container, file, cancellationToken).ConfigureAwait(false);
                seen.Add(key);
            }
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
