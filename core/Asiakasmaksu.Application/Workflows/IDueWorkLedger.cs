namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// Told which follow-up work is due at which business instant, per key (an invoice id, a workflow
/// instance id): a change its orchestration must still take in, a workflow just started, the next
/// wake-up. Production ignores it (<see cref="NoDueWorkLedger"/>); the local host's demonstration
/// clock keeps business time from passing the earliest instant still due, so that nothing is done
/// late however fast business time runs (docs/orchestrations.md, "The demonstration clock").
/// </summary>
public interface IDueWorkLedger
{
    /// <summary>
    /// Work under <paramref name="key"/> was asked for at <paramref name="businessInstant"/> (a
    /// change, a start); it stays due until an activity for the key that began after it has ended.
    /// Returns the poke's number, for <see cref="Retract"/>.
    /// </summary>
    long Poke(string key, DateTimeOffset businessInstant);

    /// <summary>Takes back poke <paramref name="poke"/> (the work turned out not to be needed, e.g. the orchestration already existed).</summary>
    void Retract(string key, long poke);

    /// <summary>
    /// A token cancelled as soon as work under <paramref name="key"/> is asked for from now on: an
    /// activity waiting for its wake-up stops waiting when a change arrives, so that its orchestration
    /// can take the change in.
    /// </summary>
    CancellationToken NextPoke(string key);

    /// <summary>An activity for <paramref name="key"/> begins; returns the mark of the pokes it takes in.</summary>
    long Begin(string key);

    /// <summary>
    /// The activity that began at <paramref name="mark"/> ended: the pokes up to the mark are taken
    /// in, and the key is next due at <paramref name="next"/> (null: nothing scheduled).
    /// </summary>
    void End(string key, long mark, DateTimeOffset? next);
}
