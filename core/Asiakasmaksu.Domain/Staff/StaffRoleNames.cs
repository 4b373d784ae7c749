namespace Asiakasmaksu.Domain.Staff;

/// <summary>The lower-case role names used in files, JSON and Entra app roles.</summary>
public static class StaffRoleNames
{
    /// <summary>"team", "supervisor", "director", "auditor" or "system".</summary>
    public static string Name(this StaffRole role) => role switch
    {
        StaffRole.Team => "team",
        StaffRole.Supervisor => "supervisor",
        StaffRole.Director => "director",
        StaffRole.Auditor => "auditor",
        StaffRole.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Reads a role name (case-insensitive); "system" is not accepted from outside.</summary>
    public static bool TryParse(string? name, out StaffRole role)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "TEAM": role = StaffRole.Team; return true;
            case "SUPERVISOR": role = StaffRole.Supervisor; return true;
            case "DIRECTOR": role = StaffRole.Director; return true;
            case "AUDITOR": role = StaffRole.Auditor; return true;
            default: role = default; return false;
        }
    }
}
