using Asiakasmaksu.Local.Clock;
using Asiakasmaksu.Local.Serving;
using Azure.Storage.Blobs;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>import FILE</c>: uploads a billing file into the local billing container and imports it at
/// once through the same use case as the watcher, printing the result. Each new invoice's
/// orchestration is queued in the task hub; <c>serve</c> runs it.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("import needs a FILE");
        }

        var file = args[0];
        if (!File.Exists(file))
        {
            throw new UsageException($"billing file not found: {file}");
        }

        await using var host = await LocalHost.BuildAsync(args[1..], LocalHostSetup.Command with { Clock = ClockAnchor.CurrentClock(TimeProvider.System) }, cancellationToken).ConfigureAwait(false);
        var prefix = (host.App.Configuration["Asiakasmaksu:Storage:TablePrefix"] ?? string.Empty).ToLowerInvariant();
        var container = new BlobServiceClient(host.ConnectionString).GetBlobContainerClient(prefix + "billing");
        await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true, cancellationToken).ConfigureAwait(false);
        var watcher = host.App.Services.GetRequiredService<BillingWatcherService>();
        foreach (var outcome in await ImportProgressDisplay.RunAsync(progress => watcher.PassAsync(cancellationToken, progress)).ConfigureAwait(false))
        {
            if (outcome.Report is { } r)
            {
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(outcome.FileName)}[/]: {r.Lines} lines, {r.Accepted} accepted, {r.Rejected} rejected, {r.Duplicates} duplicates; {r.InvoicesCreated} invoices created ({r.AmountCreated} €), {r.InvoicesAlreadyImported} already imported.");
            }
            else
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(outcome.FileName)} refused:[/] {Markup.Escape(outcome.Refusal ?? string.Empty)}");
            }

            if (outcome.ErrorReport is { } report)
            {
                AnsiConsole.MarkupLine($"Error report: {Markup.Escape(report)}");
            }
        }

        return 0;
    }
}
