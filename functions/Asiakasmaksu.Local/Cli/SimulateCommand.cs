using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;

namespace Asiakasmaksu.Local.Cli;

/// <summary><c>simulate</c>: the what-if run of docs/simulate.md.</summary>
internal static class SimulateCommand
{
    private static readonly HashSet<string> Known = ["billing", "events", "until", "out", "store", "letters", "parallel", "tariffs", "payments"];

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, Known, repeatable: new HashSet<string> { "billing", "payments" }, flags: new HashSet<string>());
        var billing = a.All("billing");
        if (billing.Count == 0)
        {
            throw new UsageException("--billing FILE is required (repeat it for more files)");
        }

        var input = new SimulationInput(
            billing,
            a.Optional("events"),
            a.Date("until") ?? throw new UsageException("--until DATE is required"),
            a.Required("out"),
            a.Int("parallel", Environment.ProcessorCount * 2, 1, 64),
            a.All("payments"));
        var useAzurite = a.Optional("store") switch
        {
            null or "memory" => false,
            "azurite" => true,
            _ => throw new UsageException("--store must be memory or azurite"),
        };
        var letters = a.Optional("letters") switch
        {
            null or "pdf" => LetterFormat.Pdf,
            "html" => LetterFormat.Html,
            _ => throw new UsageException("--letters must be pdf or html"),
        };
        return SimulationHost.RunAsync(input, useAzurite, letters, a.Optional("tariffs"), cancellationToken);
    }
}
