using System.Globalization;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Ceiling accounts in memory; the version is the event count, checked under one lock per commit call.</summary>
public sealed class InMemoryCeilingStore : ICeilingStore
{
    private readonly Dictionary<CeilingKey, StoredCeiling> accounts = [];
    private readonly Lock gate = new();

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<CeilingKey, StoredCeiling>> LoadAsync(IReadOnlyCollection<CeilingKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            IReadOnlyDictionary<CeilingKey, StoredCeiling> found = keys.Distinct().ToDictionary(k => k, k => accounts.TryGetValue(k, out var a) ? a : StoredCeiling.New(k));
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CeilingKey>> CommitAsync(IReadOnlyList<CeilingCommit> commits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var conflicts = new List<CeilingKey>();
        lock (gate)
        {
            foreach (var commit in commits)
            {
                var read = commit.Read;
                if (commit.NewEvents.Count == 0 && (commit.Contact is null || commit.Contact == read.Contact))
                {
                    continue;
                }

                var current = accounts.TryGetValue(read.Key, out var a) ? a.Version : null;
                if (current != read.Version)
                {
                    conflicts.Add(read.Key);
                    continue;
                }

                var events = ValueList.From(read.Events.Concat(commit.NewEvents));
                var account = read.Apply(commit.NewEvents);
                accounts[read.Key] = new StoredCeiling(read.Key, account, events, commit.Contact ?? read.Contact, (events.Count + 1).ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N"));
            }
        }

        return Task.FromResult<IReadOnlyList<CeilingKey>>(conflicts);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCeiling> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<StoredCeiling> all;
        lock (gate)
        {
            all = [.. accounts.Values.OrderBy(a => a.Key.HolderId, StringComparer.Ordinal).ThenBy(a => a.Key.Year)];
        }

        foreach (var account in all)
        {
            yield return account;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
