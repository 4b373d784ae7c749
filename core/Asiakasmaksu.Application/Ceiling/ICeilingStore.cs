namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// The annual payment ceiling (maksukatto) accounts: one event stream per (holder, year), written
/// with optimistic concurrency. Two imports (or an import and a cancellation) may race for one
/// holder: the loser's commit is reported as a conflict, it reloads the account and decides again.
/// </summary>
public interface ICeilingStore
{
    /// <summary>The accounts of <paramref name="keys"/> (each key once in the answer; an account never written is <see cref="StoredCeiling.New"/>).</summary>
    Task<IReadOnlyDictionary<CeilingKey, StoredCeiling>> LoadAsync(IReadOnlyCollection<CeilingKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Stores each commit whose account is still at the version it was read at; returns the keys of
    /// those that were not (nothing of them was written). A commit without events and without a new
    /// contact writes nothing and never conflicts.
    /// </summary>
    Task<IReadOnlyList<CeilingKey>> CommitAsync(IReadOnlyList<CeilingCommit> commits, CancellationToken cancellationToken);

    /// <summary>Every stored account, ordered by holder id (ordinal) then year.</summary>
    IAsyncEnumerable<StoredCeiling> ListAsync(CancellationToken cancellationToken);
}
