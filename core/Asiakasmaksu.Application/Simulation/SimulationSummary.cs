using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>What a simulation did, for the summary a person reads.</summary>
/// <param name="Imports">Each billing file's import report.</param>
/// <param name="Days">Days simulated.</param>
/// <param name="InvoicesByStatus">Invoices at the end, by status.</param>
/// <param name="Notices">Notices delivered.</param>
/// <param name="EventsApplied">Events applied.</param>
/// <param name="EventsRejected">Events refused.</param>
/// <param name="PaymentsApplied">Bank payments recorded on invoices.</param>
/// <param name="PaymentsUnmatched">Bank payments left on the unmatched list (unmatched-payments.json).</param>
/// <param name="FreeCards">Ceiling accounts (holder and year) that hold a free card at the end (ceilings.json).</param>
public sealed record SimulationSummary(IReadOnlyList<ImportReport> Imports, int Days, IReadOnlyDictionary<string, int> InvoicesByStatus, int Notices, int EventsApplied, int EventsRejected, int PaymentsApplied = 0, int PaymentsUnmatched = 0, int FreeCards = 0);
