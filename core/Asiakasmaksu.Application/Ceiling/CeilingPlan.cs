using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>What to do with one ceiling account as it was read: a command (null for none) and the contact to keep.</summary>
/// <param name="Command">The command to decide, or null.</param>
/// <param name="Contact">The contact to store with the account, or null to keep the stored one.</param>
public sealed record CeilingPlan(CeilingCommand? Command, CeilingAddressee? Contact);
