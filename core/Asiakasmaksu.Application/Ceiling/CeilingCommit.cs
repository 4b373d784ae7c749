using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>New events for an account, to store only if nobody wrote it since <paramref name="Read"/> was loaded.</summary>
/// <param name="Read">The account as loaded (its version is the condition).</param>
/// <param name="NewEvents">The events decided on it (may be empty when only the contact changes).</param>
/// <param name="Contact">The contact to keep with the account (null keeps the stored one).</param>
public sealed record CeilingCommit(StoredCeiling Read, IReadOnlyList<CeilingEvent> NewEvents, CeilingAddressee? Contact);
