using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>The bearer keys the loopback host accepts, one per staff member used in tests and the load harness.</summary>
public static class StaffKeys
{
    /// <summary>Team member Anna.</summary>
    public const string Team = "test-team-key-0001";

    /// <summary>Team member Ben (a second team member, for "who" in the audit).</summary>
    public const string Team2 = "test-team-key-0002";

    /// <summary>Supervisor Kari.</summary>
    public const string Supervisor = "test-supervisor-key-0001";

    /// <summary>Supervisor Maija (a second supervisor, for races between two).</summary>
    public const string Supervisor2 = "test-supervisor-key-0002";

    /// <summary>Director Liisa.</summary>
    public const string Director = "test-director-key-0001";

    /// <summary>Auditor Olli.</summary>
    public const string Auditor = "test-auditor-key-0001";

    /// <summary>Every key and the actor it stands for.</summary>
    public static IReadOnlyDictionary<string, Actor> All { get; } = new Dictionary<string, Actor>(StringComparer.Ordinal)
    {
        [Team] = new("team-anna", StaffRole.Team),
        [Team2] = new("team-ben", StaffRole.Team),
        [Supervisor] = new("sup-kari", StaffRole.Supervisor),
        [Supervisor2] = new("sup-maija", StaffRole.Supervisor),
        [Director] = new("dir-liisa", StaffRole.Director),
        [Auditor] = new("aud-olli", StaffRole.Auditor),
    };
}
