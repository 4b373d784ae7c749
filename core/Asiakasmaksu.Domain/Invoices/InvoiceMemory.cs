using System.Collections.Immutable;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>What an invoice remembers so that repeated commands change nothing and once-only rules hold. Compared by content.</summary>
/// <param name="PaymentIds">Ids of the payments applied.</param>
/// <param name="DecidedClaims">Decided rectification claims: id → accepted.</param>
/// <param name="DeferredInCollection">True once a deferral was granted in collection (allowed once).</param>
/// <param name="OriginalDueDate">
/// The due date the invoice had before its first deferral (before collection), from which every later
/// deferral's authority counts (<see cref="DeferralAuthority"/>); for an invoice whose erroneous
/// transfer was undone, the day of the first deferral after it. Null until a deferral; forgotten when
/// the invoice is billed anew (an accepted rectification with a new amount, an undone transfer).
/// </param>
public sealed record InvoiceMemory(ImmutableHashSet<string> PaymentIds, ImmutableDictionary<string, bool> DecidedClaims, bool DeferredInCollection, DateOnly? OriginalDueDate = null)
{
    /// <summary>A new invoice's memory.</summary>
    public static InvoiceMemory Empty { get; } = new(ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal), ImmutableDictionary<string, bool>.Empty.WithComparers(StringComparer.Ordinal), false);

    /// <summary>The collection costs charged so far, step by step, in order (<see cref="CostCharge"/>); empty once they are removed.</summary>
    public ImmutableList<CostCharge> Charges { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(InvoiceMemory? other) =>
        other is not null
        && DeferredInCollection == other.DeferredInCollection
        && Charges.SequenceEqual(other.Charges)
        && OriginalDueDate == other.OriginalDueDate
        && PaymentIds.SetEquals(other.PaymentIds)
        && DecidedClaims.Count == other.DecidedClaims.Count
        && DecidedClaims.All(kv => other.DecidedClaims.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DeferredInCollection, OriginalDueDate, PaymentIds.Count, DecidedClaims.Count, Charges.Count);
}
