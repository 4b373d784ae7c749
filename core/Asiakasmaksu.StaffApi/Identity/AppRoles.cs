using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>The Entra app roles a caller may hold (infra/entra/app-roles.json) and the one they act in.</summary>
internal static class AppRoles
{
    /// <summary>
    /// The role a caller with the app roles <paramref name="names"/> acts in: the highest of director,
    /// supervisor and team; auditor only when it is the only one; null when none is an app role
    /// (anything else, such as <c>authenticated</c> or <c>system</c>, is ignored).
    /// </summary>
    public static StaffRole? Highest(IEnumerable<string?> names)
    {
        var roles = new HashSet<StaffRole>();
        foreach (var name in names)
        {
            if (StaffRoleNames.TryParse(name, out var role))
            {
                roles.Add(role);
            }
        }

        return roles.Contains(StaffRole.Director) ? StaffRole.Director
            : roles.Contains(StaffRole.Supervisor) ? StaffRole.Supervisor
            : roles.Contains(StaffRole.Team) ? StaffRole.Team
            : roles.Contains(StaffRole.Auditor) ? StaffRole.Auditor
            : null;
    }
}
