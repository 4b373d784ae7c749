namespace Asiakasmaksu.Application.Paging;

/// <summary>
/// Which page of a list to read: the entries after <paramref name="After"/> (the position a previous
/// page ended at, <see cref="ListPage{T}.Next"/>; null for the first page), at most <paramref name="Limit"/>.
/// Positions are the store's own keys in the list's order, so a page never skips or repeats an
/// entry that stays in the list, whatever is added or changed meanwhile.
/// </summary>
/// <param name="After">Where the previous page ended, or null.</param>
/// <param name="Limit">How many entries at most, 1–<see cref="MaxLimit"/>.</param>
public sealed record PageRequest(string? After, int Limit)
{
    /// <summary>The page size when the caller names none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The first page of <paramref name="limit"/> entries.</summary>
    public static PageRequest First(int limit = DefaultLimit) => new(null, limit);
}
