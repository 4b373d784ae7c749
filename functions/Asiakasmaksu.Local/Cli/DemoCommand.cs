using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;

namespace Asiakasmaksu.Local.Cli;

/// <summary>
/// <c>demo</c>: the quick start's first command. Plays the sample shipped in the repository
/// (samples/: two monthly billing files and a year of staff events) through 2026 on a fresh
/// Azurite, notices to a local folder, and prints a summary.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] Samples = ["demo-billing-2026-01.csv", "demo-billing-2026-02.csv", "demo-events.jsonl"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, new HashSet<string> { "out" }, new HashSet<string>(), new HashSet<string>());
        var output = Path.GetFullPath(a.Optional("out") ?? "demo-output");
        var inputs = Path.Combine(output, "input");
        Directory.CreateDirectory(inputs);
        foreach (var name in Samples)
        {
            await using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The sample {name} is missing from the build.");
            await using var file = File.Create(Path.Combine(inputs, name));
            await resource.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        var input = new SimulationInput(
            [Path.Combine(inputs, Samples[0]), Path.Combine(inputs, Samples[1])],
            Path.Combine(inputs, Samples[2]),
            new DateOnly(2026, 12, 31),
            output,
            Environment.ProcessorCount * 2);
        return await SimulationHost.RunAsync(input, useAzurite: true, LetterFormat.Pdf, tariffsPath: null, cancellationToken).ConfigureAwait(false);
    }
}
