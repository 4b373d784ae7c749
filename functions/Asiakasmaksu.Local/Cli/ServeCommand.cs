using Asiakasmaksu.Local.Serving;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary><c>serve</c>: the local host (staff API on loopback, scheduler, billing watcher, outbox) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var host = await LocalHost.BuildAsync(args, cancellationToken).ConfigureAwait(false);
        await host.App.StartAsync(cancellationToken).ConfigureAwait(false);
        var urls = string.Join(", ", host.App.Urls);
        AnsiConsole.MarkupLine($"Asiakasmaksu local host on [bold]{Markup.Escape(urls)}[/] (OpenAPI: /openapi/v1.json). Storage: {Markup.Escape(Redact(host.ConnectionString))}. Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await host.App.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }

    private static string Redact(string connection) =>
        string.Join(';', connection.Split(';').Where(p => !p.StartsWith("AccountKey=", StringComparison.OrdinalIgnoreCase)));
}
