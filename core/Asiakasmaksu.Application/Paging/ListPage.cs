namespace Asiakasmaksu.Application.Paging;

/// <summary>One page of a list, in the list's order.</summary>
/// <typeparam name="T">The entries.</typeparam>
/// <param name="Items">At most the limit asked for.</param>
/// <param name="Next">The position to ask for the next page from (<see cref="PageRequest.After"/>); null on the last page.</param>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? Next);
