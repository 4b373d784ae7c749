using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Search;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>The client search index in memory: the same rows as the Azure table's, in sorted lists.</summary>
public sealed class InMemoryClientSearchIndex : IClientSearchIndex
{
    private readonly SortedDictionary<string, IndexedClient> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, IndexedClient>> hashes = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task AddAsync(IReadOnlyCollection<ClientIndexEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (names)
        {
            foreach (var entry in entries)
            {
                var client = new IndexedClient(entry.ClientId, entry.Name);
                foreach (var word in SearchText.Words(entry.Name))
                {
                    names[SearchKeys.NameRow(word, entry.ClientId)] = client;
                }

                if (entry.PersonalIdentityHash is { } hash)
                {
                    (hashes.TryGetValue(hash, out var clients) ? clients : hashes[hash] = new(StringComparer.Ordinal))[entry.ClientId] = client;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ListPage<IndexedClient>> FindByNameWordAsync(string word, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(page);
        List<KeyValuePair<string, IndexedClient>> rows;
        lock (names)
        {
            var end = SearchKeys.AfterPrefix(word);
            rows = [.. names.Where(r => string.CompareOrdinal(r.Key, word) >= 0 && string.CompareOrdinal(r.Key, end) < 0)];
        }

        return Pages.TakeAsync(rows.ToAsyncEnumerable(), r => r.Key, page, cancellationToken)
            .ContinueWith(t => new ListPage<IndexedClient>([.. t.Result.Items.Select(r => r.Value)], t.Result.Next), cancellationToken, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<IndexedClient>> FindByPersonalIdentityAsync(string hash, CancellationToken cancellationToken)
    {
        lock (names)
        {
            return Task.FromResult<IReadOnlyList<IndexedClient>>(hashes.TryGetValue(hash, out var clients) ? [.. clients.Values] : []);
        }
    }
}
