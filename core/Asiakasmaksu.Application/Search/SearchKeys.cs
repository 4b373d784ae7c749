namespace Asiakasmaksu.Application.Search;

/// <summary>
/// The positions of the name index, shared by both stores so that pages and continuations mean the
/// same: <c>{word}|{clientId}</c>, whose ordinal order is the list's.
/// </summary>
public static class SearchKeys
{
    /// <summary>The position of <paramref name="clientId"/> under <paramref name="word"/>.</summary>
    public static string NameRow(string word, string clientId) => $"{word}|{clientId}";

    /// <summary>The first position after every row whose word begins with <paramref name="prefix"/>.</summary>
    public static string AfterPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 ? "\uffff" : prefix[..^1] + (char)(prefix[^1] + 1);
    }
}
