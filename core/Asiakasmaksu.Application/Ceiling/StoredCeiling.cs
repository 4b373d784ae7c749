using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>A ceiling account as loaded from an <see cref="ICeilingStore"/>: its events, the state they build and the version they were read at.</summary>
/// <param name="Key">The account.</param>
/// <param name="Account">The state (<see cref="CeilingAccount.Open"/> for an account not stored yet).</param>
/// <param name="Events">Every event of the account, oldest first (adjustments of lines already invoiced stay visible here).</param>
/// <param name="Contact">Whom its notices go to, once known.</param>
/// <param name="Version">The store's opaque version of what was read; null when the account is not stored yet.</param>
public sealed record StoredCeiling(CeilingKey Key, CeilingAccount Account, ValueList<CeilingEvent> Events, CeilingAddressee? Contact, string? Version)
{
    /// <summary>An account not stored yet.</summary>
    public static StoredCeiling New(CeilingKey key) => new(key, CeilingAccount.Open(key.HolderId, key.Year), ValueList<CeilingEvent>.Empty, null, null);

    /// <summary>The account with <paramref name="events"/> applied (what a commit of them stores).</summary>
    public CeilingAccount Apply(IEnumerable<CeilingEvent> events) => events.Aggregate(Account, CeilingDecider.Evolve);
}
