namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>How storage answered a probe (<see cref="AzuriteProcess.ProbeAsync"/>), best first: a probe of several endpoints reports the worst answer.</summary>
public enum StorageAnswer
{
    /// <summary>Every endpoint answered HTTP in time (any status).</summary>
    Answers,

    /// <summary>Every endpoint accepted the connection, but at least one did not answer in time: busy, not gone.</summary>
    Slow,

    /// <summary>At least one endpoint could not be connected to (refused, no route, no connection in time) or dropped the connection.</summary>
    Unreachable,
}
