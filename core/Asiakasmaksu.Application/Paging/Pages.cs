namespace Asiakasmaksu.Application.Paging;

/// <summary>Cuts a page out of a list given in the order of its position keys.</summary>
public static class Pages
{
    /// <summary>
    /// The entries of <paramref name="ordered"/> (in ordinal order of <paramref name="key"/>) after
    /// <paramref name="request"/>'s position, at most its limit; reads one entry past the page to tell
    /// whether another follows, and no further.
    /// </summary>
    public static async Task<ListPage<T>> TakeAsync<T>(IAsyncEnumerable<T> ordered, Func<T, string> key, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(request);
        var items = new List<T>();
        await foreach (var item in ordered.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (request.After is { } after && string.CompareOrdinal(key(item), after) <= 0)
            {
                continue;
            }

            if (items.Count == request.Limit)
            {
                return new ListPage<T>(items, key(items[^1]));
            }

            items.Add(item);
        }

        return new ListPage<T>(items, null);
    }

    /// <summary>The page of <paramref name="all"/> after sorting it by <paramref name="key"/> (for lists small enough to read whole).</summary>
    public static async Task<ListPage<T>> SortAndTakeAsync<T>(IAsyncEnumerable<T> all, Func<T, string> key, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        var list = new List<T>();
        await foreach (var item in all.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        list.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
        return await TakeAsync(list.ToAsyncEnumerable(), key, request, cancellationToken).ConfigureAwait(false);
    }
}
