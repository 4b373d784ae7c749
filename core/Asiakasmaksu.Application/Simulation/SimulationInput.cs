namespace Asiakasmaksu.Application.Simulation;

/// <summary>What to simulate.</summary>
/// <param name="BillingFiles">Billing files, imported in this order.</param>
/// <param name="EventsFile">The events file (JSON lines), if any.</param>
/// <param name="Until">The last day simulated (through its end).</param>
/// <param name="OutputFolder">Where the outputs go.</param>
/// <param name="Parallelism">How many invoices are advanced at once.</param>
/// <param name="PaymentFiles">Bank payment files (KTL or camt.054); each payment is applied on its booking date. None when null.</param>
public sealed record SimulationInput(IReadOnlyList<string> BillingFiles, string? EventsFile, DateOnly Until, string OutputFolder, int Parallelism = 4, IReadOnlyList<string>? PaymentFiles = null);
