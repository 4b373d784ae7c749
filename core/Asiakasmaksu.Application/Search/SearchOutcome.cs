using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Search;

/// <summary>A page of search hits, or why the query cannot be searched (a near miss of a henkilötunnus, a hash key not configured).</summary>
/// <param name="Page">The hits, when searched.</param>
/// <param name="Problem">Why not, in words that never repeat the query.</param>
/// <param name="Unavailable">True when the host lacks what the query needs (503 rather than 400).</param>
public sealed record SearchOutcome(ListPage<SearchHit>? Page, string? Problem = null, bool Unavailable = false);
