namespace Asiakasmaksu.Application.Workflows;

/// <summary>The ledger of a host whose business time is wall-clock time: it keeps nothing.</summary>
public sealed class NoDueWorkLedger : IDueWorkLedger
{
    /// <summary>The one instance.</summary>
    public static NoDueWorkLedger Instance { get; } = new();

    /// <inheritdoc/>
    public long Poke(string key, DateTimeOffset businessInstant) => 0;

    /// <inheritdoc/>
    public void Retract(string key, long poke)
    {
    }

    /// <inheritdoc/>
    public CancellationToken NextPoke(string key) => CancellationToken.None;

    /// <inheritdoc/>
    public long Begin(string key) => 0;

    /// <inheritdoc/>
    public void End(string key, long mark, DateTimeOffset? next)
    {
    }
}
