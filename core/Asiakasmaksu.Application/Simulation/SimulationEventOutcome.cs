using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>What applying one line of the events file did.</summary>
/// <param name="Refusal">Why it was refused, in words; null when it was applied or, being a repeat, changed nothing.</param>
/// <param name="Changed">The invoices it changed (their orchestrations must take the change in).</param>
public sealed record SimulationEventOutcome(string? Refusal, IReadOnlyList<InvoiceId> Changed);
