namespace Asiakasmaksu.Domain.Staff;

/// <summary>Who, when and why, carried by every command and the events it causes (the audit's raw material).</summary>
/// <param name="Actor">Who.</param>
/// <param name="At">When, as an instant.</param>
/// <param name="Reason">Why, in the actor's words (may be empty for the system).</param>
public sealed record Stamp(Actor Actor, DateTimeOffset At, string Reason)
{
    /// <summary>A stamp of the system at <paramref name="at"/>.</summary>
    public static Stamp BySystem(DateTimeOffset at, string reason) => new(Actor.System, at, reason);
}
