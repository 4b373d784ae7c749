using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Maintenance;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Local.Clock;
using Asiakasmaksu.Local.Serving;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>import FILE</c>: uploads a billing file into the local billing container and imports that
/// file (and no other waiting there) through the same use case as the watcher, printing the result.
/// Each new invoice's orchestration is queued in the task hub; <c>serve</c> runs it. The file is
/// noted as handled, so <c>serve</c> does not import it again. When lines were rejected or the file
/// was refused, the error report is written next to FILE as <c>FILE.errors.csv</c>. Exit code 2
/// when the file was refused whole.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("import needs a FILE");
        }

        var path = Path.GetFullPath(args[0]);
        if (!File.Exists(path))
        {
            throw new UsageException($"billing file not found: {args[0]}");
        }

        await using var host = await LocalHost.BuildAsync(args[1..], LocalHostSetup.Command with { Clock = ClockAnchor.CurrentClock(TimeProvider.System) }, cancellationToken).ConfigureAwait(false);
        var services = host.App.Services;
        var storage = services.GetRequiredService<StorageAccess>();
        var name = Path.GetFileName(path);
        var uploaded = await storage.Container(StorageNames.BillingContainer).GetBlobClient(name).UploadAsync(path, overwrite: true, cancellationToken).ConfigureAwait(false);
        var file = new IncomingFile(name, uploaded.Value.ETag.ToString(), new FileInfo(path).Length);

        var arrival = services.GetRequiredService<BillingFileArrival>();
        var engine = services.GetRequiredService<IWorkflowEngine>();
        var (outcome, _) = await ImportProgressDisplay.RunAsync(progress => arrival.RunAsync(name, engine, progress, cancellationToken)).ConfigureAwait(false);

        // Noted only once imported: an import that died before this is imported again by serve,
        // which creates nothing twice.
        await services.GetRequiredService<HandledFiles>().MarkHandledAsync(StorageNames.BillingContainer, file, cancellationToken).ConfigureAwait(false);

        Print(outcome);
        if (services.GetRequiredService<Housekeeping>().Outlook().Warning() is { } tariffWarning)
        {
            AnsiConsole.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(tariffWarning)}");
        }

        if (outcome.ErrorReport is not null)
        {
            var local = path + ".errors.csv";
            await storage.Container(StorageNames.BillingErrorsContainer).GetBlobClient(name + ".errors.csv").DownloadToAsync(local, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"Error report: {Markup.Escape(local)}");
        }

        return outcome.Report is null ? 2 : 0;
    }

    private static void Print(ImportOutcome outcome)
    {
        if (outcome.Report is not { } r)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(outcome.FileName)} refused:[/] {Markup.Escape(outcome.Refusal ?? string.Empty)}");
            return;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(outcome.FileName)}[/]: {r.Lines} lines, {r.Accepted} accepted, {r.Rejected} rejected, {r.Duplicates} duplicates; {r.InvoicesCreated} invoices created ({r.AmountCreated} €), {r.InvoicesAlreadyImported} already imported.");
        if (r.Warnings > 0)
        {
            AnsiConsole.MarkupLine($"{r.Warnings} lines imported with a warning (in the error report).");
        }
    }
}
