using System.Runtime.InteropServices;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Local.Serving;

namespace Asiakasmaksu.Local.Cli;

/// <summary>The local host's command line: demo, simulate, import, serve.</summary>
internal static class LocalCli
{
    private const string Usage = """
        asiakasmaksu — client-fee invoices from billing file to payment, run locally on Azurite.

        Commands:
          demo      [--out DIR]
                    Plays the embedded sample (two billing files, ~300 invoices, staff events)
                    through 2026 on a fresh Azurite; notices go to DIR/notices (default ./demo-output).
          simulate  --billing FILE [--billing FILE ...] [--events FILE] --until DATE --out DIR
                    [--store memory|azurite] [--letters pdf|html] [--parallel N] [--tariffs FILE]
                    [--payments FILE ...] (bank files, KTL or camt.054, docs/payments.md)
                    What-if run on a virtual clock (docs/simulate.md).
          import    FILE      Uploads a billing file to the local billing container and imports it.
          payments  FILE      Uploads a bank payment file (KTL or camt.054) to the local payments
                    container and applies it (docs/payments.md); the report goes to payments-reports.
          serve     [--urls URL]
                    Staff API on loopback (default http://127.0.0.1:5080), scheduler, billing
                    container watcher and outbox, on Azurite (started when none is configured).

        Exit codes: 0 completed (rejected lines or events are not failures), 2 unusable input.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        using var cancel = new CancellationTokenSource();

        // Ctrl+C (SIGINT) and SIGTERM (what systemd and container runtimes send) both stop a command
        // in order: serve stops its engine and its Azurite, so nothing written is lost.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }

        try
        {
            return args[0] switch
            {
                "demo" => await DemoCommand.RunAsync(args[1..], cancel.Token).ConfigureAwait(false),
                "simulate" => await SimulateCommand.RunAsync(args[1..], cancel.Token).ConfigureAwait(false),
                "import" => await ImportCommand.RunAsync(args[1..], cancel.Token).ConfigureAwait(false),
                "payments" => await PaymentsCommand.RunAsync(args[1..], cancel.Token).ConfigureAwait(false),
                "serve" => await ServeCommand.RunAsync(args[1..], cancel.Token).ConfigureAwait(false),
                _ => throw new UsageException($"unknown command {args[0]} (try --help)"),
            };
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"asiakasmaksu: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (StorageSettingException e)
        {
            await Console.Error.WriteLineAsync($"asiakasmaksu: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (SimulationInputException e)
        {
            await Console.Error.WriteLineAsync($"asiakasmaksu: {e.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("asiakasmaksu: stopped").ConfigureAwait(false);
            return 130;
        }
    }
}
