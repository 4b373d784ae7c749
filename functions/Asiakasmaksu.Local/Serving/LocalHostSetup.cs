using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Local.Clock;

namespace Asiakasmaksu.Local.Serving;

/// <summary>How one local host is put together beyond its settings (appsettings.json, environment, command line).</summary>
internal sealed record LocalHostSetup
{
    /// <summary>What <c>serve</c> runs: the engine, the watchers and the sweeper, on wall-clock business time.</summary>
    public static LocalHostSetup Serve { get; } = new();

    /// <summary>What <c>import</c> and <c>payments</c> use: the stores and the engine's client; orchestrations are queued for <c>serve</c> to run.</summary>
    public static LocalHostSetup Command { get; } = new() { RunEngine = false, Watch = false, Sweep = false, Housekeep = false };

    /// <summary>Business time (default: wall-clock time); <c>serve --speed</c> runs it faster.</summary>
    public BusinessClock? Clock { get; init; }

    /// <summary>The demonstration clock, when business time is governed by the work due (<c>demo</c>); it is also the <see cref="Clock"/>.</summary>
    public GovernedBusinessClock? Governor { get; init; }

    /// <summary>Whether the engine runs orchestrations as the host starts.</summary>
    public bool RunEngine { get; init; } = true;

    /// <summary>Whether the billing and payments containers are watched.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>Whether the outbox is swept for what the orchestrations did not deliver.</summary>
    public bool Sweep { get; init; } = true;

    /// <summary>
    /// Whether housekeeping runs at start and hourly (expired Idempotency-Keys deleted, the tariff outlook
    /// warned of). Off in the demo: a replay has no keys to purge, and its clock starts on 1.1.2000, whose
    /// tariff outlook would only warn of a year nobody bills.
    /// </summary>
    public bool Housekeep { get; init; } = true;

    /// <summary>Storage to use instead of the configured one or the host's own Azurite (the demo's fresh Azurite).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Settings that override the configured ones (e.g. where notices go).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Registrations made before the shared ones (which keep what is registered first).</summary>
    public Action<IServiceCollection>? Configure { get; init; }
}
