using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Local.Clock;
using Asiakasmaksu.Local.Serving;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>payments FILE</c>: uploads a bank payment file into the local payments container and applies
/// that file through the same use case as the Azure blob trigger, printing the tallies, and notes it
/// as handled so that <c>serve</c> does not read it again; the invoices paid
/// are woken (their orchestrations take the payment in when <c>serve</c> runs). Exit code 2 when
/// the file is refused whole (nothing applied).
/// </summary>
internal static class PaymentsCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("payments needs a FILE");
        }

        var file = args[0];
        if (!File.Exists(file))
        {
            throw new UsageException($"payment file not found: {file}");
        }

        await using var host = await LocalHost.BuildAsync(args[1..], LocalHostSetup.Command with { Clock = ClockAnchor.CurrentClock(TimeProvider.System) }, cancellationToken).ConfigureAwait(false);
        var services = host.App.Services;
        var name = Path.GetFileName(file);
        var uploaded = await services.GetRequiredService<StorageAccess>().Container(StorageNames.PaymentsContainer).GetBlobClient(name).UploadAsync(file, overwrite: true, cancellationToken).ConfigureAwait(false);
        var outcome = await services.GetRequiredService<PaymentFileArrival>().RunAsync(name, services.GetRequiredService<IWorkflowEngine>(), cancellationToken).ConfigureAwait(false);

        // Noted once applied, so that serve does not read it again (a second read would apply nothing).
        await services.GetRequiredService<HandledFiles>().MarkHandledAsync(StorageNames.PaymentsContainer, new IncomingFile(name, uploaded.Value.ETag.ToString(), new FileInfo(file).Length), cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } r)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/] ({r.Format}): {r.Payments} payments, total {r.FileTotal} €; {r.Applied} applied ({r.AppliedAmount} €, of which credit {r.CreditAmount} €), {r.Unmatched} unmatched ({r.UnmatchedAmount} €), {r.Duplicates} already read, {r.Cancelled} cancelled by a reversal.");
        }
        else
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(name)} refused, nothing applied:[/] {Markup.Escape(outcome.Refusal!.Message)}");
        }

        AnsiConsole.MarkupLine($"Report: {Markup.Escape(outcome.ReportLocation ?? string.Empty)}");
        return outcome.Report is null ? 2 : 0;
    }
}
