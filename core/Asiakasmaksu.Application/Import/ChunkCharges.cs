using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>What the annual ceiling made of one chunk's ceiling lines.</summary>
/// <param name="Charged">The charge of each ceiling line, by ceiling line key (<c>{batch_id}/{line_id}</c>).</param>
/// <param name="Rejected">Ceiling lines that cannot be charged, with why.</param>
/// <param name="Outcomes">Each account's outcome (for the free card notices).</param>
internal sealed record ChunkCharges(
    IReadOnlyDictionary<string, Money> Charged,
    IReadOnlyList<LineRejection> Rejected,
    IReadOnlyList<(CeilingKey Key, CeilingOutcome Outcome)> Outcomes)
{
    /// <summary>No ceiling lines.</summary>
    public static ChunkCharges None { get; } = new(new Dictionary<string, Money>(), [], []);

    /// <summary>The charge of <paramref name="line"/>: from its account for a ceiling line, else as billed.</summary>
    public Money ChargeOf(BillingLine line) => Charged.TryGetValue(line.CeilingLineKey, out var charged) ? charged : line.Amount;
}
