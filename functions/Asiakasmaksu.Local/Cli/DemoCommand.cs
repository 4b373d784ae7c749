using System.Globalization;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Local.Demo;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>demo [--out DIR] [--speed N] [--simulate]</c>: the quick start's first command. Plays the sample
/// shipped in the repository (samples/: two monthly billing files and a year of staff events) through
/// 2026 on a fresh Azurite, through the durable local host (the Durable engine following every
/// invoice, on the demonstration clock), notices to a local folder, and prints a summary.
/// <c>--simulate</c> plays the same sample with <c>simulate</c> instead.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] Samples = ["demo-billing-2026-01.csv", "demo-billing-2026-02.csv", "demo-events.jsonl"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, new HashSet<string> { "out", "speed", "simulate" }, new HashSet<string>(), new HashSet<string> { "simulate" });
        var output = Path.GetFullPath(a.Optional("out") ?? "demo-output");
        var speed = a.Optional("speed") is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 1e9 ? n : throw new UsageException("--speed must be a number from 1 to 1000000000 (business seconds per second)")
            : DurableDemo.DefaultSpeed;
        var input = await SampleAsync(output, cancellationToken).ConfigureAwait(false);
        if (a.Flag("simulate"))
        {
            return await SimulationHost.RunAsync(input, useAzurite: true, LetterFormat.Pdf, tariffsPath: null, cancellationToken).ConfigureAwait(false);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (summary, store) = await SimulationHost.WithProgressAsync(progress => DurableDemo.RunAsync(input, LetterFormat.Pdf, speed, progress, cancellationToken)).ConfigureAwait(false);
        SummaryPrinter.Print(summary, input, store, started.Elapsed);
        return 0;
    }

    /// <summary>Writes the embedded sample to DIR/input; returns the run's input (through 31.12.2026, outputs to DIR).</summary>
    private static async Task<SimulationInput> SampleAsync(string output, CancellationToken cancellationToken)
    {
        var inputs = Path.Combine(output, "input");
        Directory.CreateDirectory(inputs);
        foreach (var name in Samples)
        {
            await using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The sample {name} is missing from the build.");
            await using var file = File.Create(Path.Combine(inputs, name));
            await resource.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        return new SimulationInput(
            [Path.Combine(inputs, Samples[0]), Path.Combine(inputs, Samples[1])],
            Path.Combine(inputs, Samples[2]),
            new DateOnly(2026, 12, 31),
            output,
            Environment.ProcessorCount * 2);
    }
}
