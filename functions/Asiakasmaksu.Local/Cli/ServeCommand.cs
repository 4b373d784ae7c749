using System.Globalization;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Local.Clock;
using Asiakasmaksu.Local.Serving;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>serve [--speed N] [--from DATE] [--urls URL]</c>: the local host (staff API on loopback, the
/// Durable engine following every invoice, the container watchers and the outbox sweeper) until
/// Ctrl+C or SIGTERM. <c>--speed N</c> runs business time N times faster than the wall clock, from
/// DATE (default: now), along a line kept in <c>local-data/business-clock.json</c> across restarts
/// (<c>import</c> and <c>payments</c> then stamp their work in the same business time).
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (clock, rest) = Clock(args);
        await using var host = await LocalHost.BuildAsync(rest, LocalHostSetup.Serve with { Clock = clock }, cancellationToken).ConfigureAwait(false);
        await host.App.StartAsync(cancellationToken).ConfigureAwait(false);
        var urls = string.Join(", ", host.App.Urls);
        AnsiConsole.MarkupLine($"Asiakasmaksu local host on [bold]{Markup.Escape(urls)}[/] (OpenAPI: /openapi/v1.json). Storage: {Markup.Escape(Redact(host.ConnectionString))}. Ctrl+C stops.");
        if (clock is ScaledBusinessClock scaled)
        {
            AnsiConsole.MarkupLine($"Business time runs {scaled.Speed.ToString("#,0.##", CultureInfo.InvariantCulture)}× faster: it is now {BusinessTime.DateOf(scaled.GetUtcNow()):yyyy-MM-dd} in Helsinki.");
        }

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

    /// <summary>Reads --speed and --from (the rest goes to the host's configuration, e.g. --urls).</summary>
    private static (BusinessClock? Clock, string[] Others) Clock(string[] args)
    {
        double? speed = null;
        DateOnly? from = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--speed" when i + 1 < args.Length:
                    speed = double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 1e9
                        ? n
                        : throw new UsageException("--speed must be a number from 1 to 1000000000 (business seconds per second)");
                    break;
                case "--from" when i + 1 < args.Length:
                    from = DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? d
                        : throw new UsageException("--from must be a date yyyy-mm-dd");
                    break;
                case "--speed" or "--from":
                    throw new UsageException($"{args[i]} needs a value");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (speed is null)
        {
            return from is null ? (null, [.. rest]) : throw new UsageException("--from needs --speed (business time is wall-clock time otherwise)");
        }

        var anchor = ClockAnchor.LoadOrStart(Path.GetFullPath(ClockAnchor.DefaultPath), speed.Value, from, TimeProvider.System);
        return (anchor.Clock(TimeProvider.System), [.. rest]);
    }

    private static string Redact(string connection) =>
        string.Join(';', connection.Split(';').Where(p => !p.StartsWith("AccountKey=", StringComparison.OrdinalIgnoreCase)));
}
