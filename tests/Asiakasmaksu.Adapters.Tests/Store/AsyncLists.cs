namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Collects async sequences in tests.</summary>
internal static class AsyncLists
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
