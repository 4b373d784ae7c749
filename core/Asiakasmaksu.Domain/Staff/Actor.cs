namespace Asiakasmaksu.Domain.Staff;

/// <summary>Who did something: a staff id and the role they acted in.</summary>
/// <param name="StaffId">The staff member's id (never a henkilötunnus).</param>
/// <param name="Role">The role they acted in.</param>
public sealed record Actor(string StaffId, StaffRole Role)
{
    /// <summary>The system itself (bank files, the scheduler).</summary>
    public static Actor System { get; } = new("system", StaffRole.System);

    /// <summary>True for roles that may change invoices at all (everyone but the auditor).</summary>
    public bool MayChange => Role != StaffRole.Auditor;

    /// <summary>True for the supervisor and the director.</summary>
    public bool IsSupervisorOrAbove => Role is StaffRole.Supervisor or StaffRole.Director;

    /// <summary>True for people (not the system).</summary>
    public bool IsStaff => Role != StaffRole.System;
}
