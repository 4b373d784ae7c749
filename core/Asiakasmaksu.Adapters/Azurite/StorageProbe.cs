namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Tells whether the storage endpoints of a connection string answer HTTP.</summary>
internal static class StorageProbe
{
    /// <summary>True when every endpoint answers with any HTTP status within the timeout.</summary>
    public static async Task<bool> IsReachableAsync(string connectionString, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var endpoints = StorageConnectionString.Endpoints(connectionString);
        using var handler = new SocketsHttpHandler { ConnectTimeout = timeout };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = new CancellationTokenSource(timeout);
        var answers = await Task.WhenAll(endpoints.Select(e => AnswersAsync(client, e, deadline.Token))).ConfigureAwait(false);
        return answers.All(answered => answered);
    }

    private static async Task<bool> AnswersAsync(HttpClient client, Uri endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client
                .GetAsync(endpoint, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
