using System.Collections.Immutable;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>What an invoice remembers so that repeated commands change nothing and once-only rules hold. Compared by content.</summary>
/// <param name="PaymentIds">Ids of the payments applied.</param>
/// <param name="DecidedClaims">Decided rectification claims: id → accepted.</param>
/// <param name="DeferredInCollection">True once a deferral was granted in collection (allowed once).</param>
public sealed record InvoiceMemory(ImmutableHashSet<string> PaymentIds, ImmutableDictionary<string, bool> DecidedClaims, bool DeferredInCollection)
{
    /// <summary>A new invoice's memory.</summary>
    public static InvoiceMemory Empty { get; } = new(ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal), ImmutableDictionary<string, bool>.Empty.WithComparers(StringComparer.Ordinal), false);

    /// <inheritdoc/>
    public bool Equals(InvoiceMemory? other) =>
        other is not null
        && DeferredInCollection == other.DeferredInCollection
        && PaymentIds.SetEquals(other.PaymentIds)
        && DecidedClaims.Count == other.DecidedClaims.Count
        && DecidedClaims.All(kv => other.DecidedClaims.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DeferredInCollection, PaymentIds.Count, DecidedClaims.Count);
}
