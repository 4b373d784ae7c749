using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// The client search index (docs/staff-api.md, "Search"): the words of each client's name, and the
/// keyed hash of its henkilötunnus, never the code itself. Written after each billing import
/// (<see cref="ClientIndexing"/>); an Azure table in production and on Azurite, a sorted list in memory.
/// </summary>
public interface IClientSearchIndex
{
    /// <summary>Adds or refreshes <paramref name="entries"/> (idempotent).</summary>
    Task AddAsync(IReadOnlyCollection<ClientIndexEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// The clients with a name word beginning with <paramref name="word"/> (folded, <see cref="SearchText"/>),
    /// in the order of the word and then the client id, a page at a time; a client whose name has two
    /// such words is listed at each.
    /// </summary>
    Task<ListPage<IndexedClient>> FindByNameWordAsync(string word, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The clients whose henkilötunnus has <paramref name="hash"/>.</summary>
    Task<IReadOnlyList<IndexedClient>> FindByPersonalIdentityAsync(string hash, CancellationToken cancellationToken);
}
