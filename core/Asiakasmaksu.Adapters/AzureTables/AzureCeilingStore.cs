using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// Ceiling accounts in an Azure table (docs/storage.md, "Ceiling accounts"): partition = one of
/// <see cref="Buckets"/> hash buckets of the holder id, row = <c>{year}|{holder}</c> holding the
/// account's whole event stream as JSON (long streams in overflow rows of the same partition) and
/// its contact. A commit replaces the row under the ETag it was read with (a new account is an
/// insert), so a writer that lost a race gets a conflict; commits of one bucket go in entity-group
/// transactions, so an import's chunk costs about one request per bucket, not one per account.
/// </summary>
public sealed class AzureCeilingStore(TableClient table) : ICeilingStore
{
    /// <summary>Hash buckets (partitions) of the holders.</summary>
    public const int Buckets = 32;

    /// <summary>
    /// Accounts of one partition from which a load reads the key range they span in one query
    /// instead of one point read each. An import asks for its accounts in (year, holder) order, so
    /// a range holds about the accounts asked for; a few keys (a cancellation, a statement) are
    /// point reads, which stay cheap however large the partition grows.
    /// </summary>
    private const int RangeReadFrom = 8;

    private const int Parallelism = 8;
    private const string Kind = "Kind";
    private const string AccountKind = "account";

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<CeilingKey, StoredCeiling>> LoadAsync(IReadOnlyCollection<CeilingKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = keys.Distinct().ToDictionary(k => k, StoredCeiling.New);
        var byRow = found.Keys.ToDictionary(k => (Partition(k), Row(k)));
        var reads = found.Keys
            .GroupBy(Partition, StringComparer.Ordinal)
            .SelectMany(Reads)
            .ToList();
        var lockObject = new Lock();
        await Parallel.ForEachAsync(
            reads,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (read, ct) =>
            {
                await foreach (var row in read(ct).ConfigureAwait(false))
                {
                    if (!byRow.TryGetValue((row.PartitionKey, row.RowKey), out var key))
                    {
                        continue; // another holder's account inside a range read
                    }

                    var stored = await FromRowAsync(row, ct).ConfigureAwait(false);
                    lock (lockObject)
                    {
                        found[key] = stored;
                    }
                }
            }).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CeilingKey>> CommitAsync(IReadOnlyList<CeilingCommit> commits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var writes = commits
            .Where(c => c.NewEvents.Count > 0 || (c.Contact is not null && c.Contact != c.Read.Contact))
            .Select(ToWrite)
            .GroupBy(w => Partition(w.Key), StringComparer.Ordinal)
            .SelectMany(g => TransactionChunks.Pack(g, w => w.Actions, TransactionChunks.MaxOperations))
            .ToList();
        var conflicts = new List<CeilingKey>();
        var lockObject = new Lock();
        await Parallel.ForEachAsync(
            writes,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var lost = await SubmitAsync(chunk, ct).ConfigureAwait(false);
                lock (lockObject)
                {
                    conflicts.AddRange(lost);
                }
            }).ConfigureAwait(false);
        return [.. conflicts.OrderBy(k => k.HolderId, StringComparer.Ordinal).ThenBy(k => k.Year)];
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCeiling> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = new List<StoredCeiling>();
        var filter = TableClient.CreateQueryFilter($"Kind eq {AccountKind}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            all.Add(await FromRowAsync(row, cancellationToken).ConfigureAwait(false));
        }

        foreach (var account in all.OrderBy(a => a.Key.HolderId, StringComparer.Ordinal).ThenBy(a => a.Key.Year))
        {
            yield return account;
        }
    }

    /// <summary>The partition of a holder's accounts: <c>k</c> and a bucket of SHA-256 of the holder id.</summary>
    internal static string Partition(CeilingKey key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.HolderId));
        return "k" + (((hash[0] << 8) | hash[1]) % Buckets).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>The row of an account: <c>{year}|{holder}</c>, year first so that one year's accounts are one key range of the partition.</summary>
    private static string Row(CeilingKey key) => $"{key.Year.ToString("D4", CultureInfo.InvariantCulture)}|{StorageKeys.Escape(key.HolderId)}";

    /// <summary>
    /// The reads of one partition's keys: a range query over the span of their row keys (account
    /// rows only, not overflow rows) when there are at least <see cref="RangeReadFrom"/>, else one
    /// point read each. A range may return accounts not asked for; the caller skips them.
    /// </summary>
    private IEnumerable<Func<CancellationToken, IAsyncEnumerable<TableEntity>>> Reads(IGrouping<string, CeilingKey> partition)
    {
        var rows = partition.Select(Row).Order(StringComparer.Ordinal).ToList();
        if (rows.Count >= RangeReadFrom)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition.Key} and RowKey ge {rows[0]} and RowKey le {rows[^1]} and Kind eq {AccountKind}");
            return [ct => table.QueryAsync<TableEntity>(filter, cancellationToken: ct)];
        }

        return rows.Select<string, Func<CancellationToken, IAsyncEnumerable<TableEntity>>>(row => ct => PointReadAsync(partition.Key, row, ct));
    }

    private async IAsyncEnumerable<TableEntity> PointReadAsync(string partition, string row, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (found.HasValue)
        {
            yield return found.Value!;
        }
    }

    /// <summary>Submits one transaction; when an account in it lost its race, drops that one and submits the rest again.</summary>
    private async Task<List<CeilingKey>> SubmitAsync(List<Write> chunk, CancellationToken cancellationToken)
    {
        var lost = new List<CeilingKey>();
        var pending = chunk;
        while (pending.Count > 0)
        {
            var actions = pending.SelectMany(w => w.Actions).ToList();
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return lost;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && e.FailedTransactionActionIndex is { } index)
            {
                var failed = Owner(pending, index);
                lost.Add(failed.Key);
                pending = [.. pending.Where(w => !ReferenceEquals(w, failed))];
            }
        }

        return lost;
    }

    private static Write Owner(List<Write> writes, int actionIndex)
    {
        foreach (var write in writes)
        {
            if (actionIndex < write.Actions.Count)
            {
                return write;
            }

            actionIndex -= write.Actions.Count;
        }

        throw new InvalidOperationException("The table service named an action outside the transaction.");
    }

    private static Write ToWrite(CeilingCommit commit)
    {
        var read = commit.Read;
        var key = read.Key;
        var events = read.Events.Concat(commit.NewEvents).ToList();
        var row = new TableEntity(Partition(key), Row(key))
        {
            [Kind] = AccountKind,
            ["Holder"] = key.HolderId,
            ["Year"] = key.Year,
            ["EventCount"] = events.Count,
        };
        if ((commit.Contact ?? read.Contact) is { } contact)
        {
            row["Contact"] = JsonSerializer.Serialize(contact, DomainJson.Options);
        }

        var overflow = Payload.Put(row, "E", JsonSerializer.Serialize(events, DomainJson.Options), row.RowKey);
        var actions = overflow.Select(o => new TableTransactionAction(TableTransactionActionType.Add, o)).ToList();
        actions.Add(read.Version is { } version
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(version))
            : new TableTransactionAction(TableTransactionActionType.Add, row));
        return new Write(key, actions);
    }

    private async Task<StoredCeiling> FromRowAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var key = new CeilingKey(row.GetString("Holder")!, row.GetInt32("Year")!.Value);
        var json = await Payload.GetAsync(table, row, "E", row.RowKey, cancellationToken).ConfigureAwait(false) ?? "[]";
        var events = JsonSerializer.Deserialize<List<CeilingEvent>>(json, DomainJson.Options) ?? [];
        var contact = row.GetString("Contact") is { } c ? JsonSerializer.Deserialize<CeilingAddressee>(c, DomainJson.Options) : null;
        var account = events.Aggregate(CeilingAccount.Open(key.HolderId, key.Year), CeilingDecider.Evolve);
        return new StoredCeiling(key, account, ValueList.From(events), contact, row.ETag.ToString());
    }

    private sealed record Write(CeilingKey Key, IReadOnlyList<TableTransactionAction> Actions);
}
