using System.Globalization;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>The harness's flags: --seconds (60), --clients (16), --invoices (200), --read-share (0.7), --dispatchers (4).</summary>
/// <param name="Seconds">How long the clients run.</param>
/// <param name="Clients">Parallel clients.</param>
/// <param name="Invoices">Invoices seeded and worked on.</param>
/// <param name="ReadShare">The share of operations that are reads (the rest are deferrals).</param>
/// <param name="Dispatchers">Outbox dispatchers delivering at the same time as the clients change invoices (0: none).</param>
internal sealed record LoadOptions(int Seconds, int Clients, int Invoices, double ReadShare, int Dispatchers = 4)
{
    public const string Usage = "usage: Asiakasmaksu.StaffApi.Load [--seconds 60] [--clients 16] [--invoices 200] [--read-share 0.7] [--dispatchers 4]";

    /// <summary>Reads the flags; throws <see cref="ArgumentException"/> with the usage on anything else.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(60, 16, 200, 0.7);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Int(value, 1, 3600, args[i]) },
                "--clients" => options with { Clients = Int(value, 1, 512, args[i]) },
                "--invoices" => options with { Invoices = Int(value, 1, 100_000, args[i]) },
                "--dispatchers" => options with { Dispatchers = Int(value, 0, 64, args[i]) },
                "--read-share" => options with { ReadShare = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1 ? share : throw new ArgumentException($"--read-share must be 0–1. {Usage}") },
                _ => throw new ArgumentException($"Unknown flag {args[i]}. {Usage}"),
            };
        }

        return options;
    }

    private static int Int(string value, int min, int max, string flag) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{flag} must be a whole number {min}–{max}. {Usage}");
}
