using System.Net.Sockets;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Tells whether the storage endpoints of a connection string answer HTTP, and when not, whether they are slow or gone.</summary>
internal static class StorageProbe
{
    /// <summary>True when every endpoint answers with any HTTP status within the timeout.</summary>
    public static async Task<bool> IsReachableAsync(string connectionString, TimeSpan timeout) =>
        await ProbeAsync(connectionString, timeout).ConfigureAwait(false) == StorageAnswer.Answers;

    /// <summary>
    /// Probes every endpoint at once within <paramref name="timeout"/>: <see cref="StorageAnswer.Unreachable"/>
    /// when one could not be connected to or dropped the connection, else <see cref="StorageAnswer.Slow"/>
    /// when one connected but had not answered when the time ran out, else <see cref="StorageAnswer.Answers"/>.
    /// </summary>
    public static async Task<StorageAnswer> ProbeAsync(string connectionString, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var endpoints = StorageConnectionString.Endpoints(connectionString);
        using var deadline = new CancellationTokenSource(timeout);
        var answers = await Task.WhenAll(endpoints.Select(e => ProbeAsync(e, timeout, deadline.Token))).ConfigureAwait(false);
        return answers.Max();
    }

    private static async Task<StorageAnswer> ProbeAsync(Uri endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connected = false;
        using var handler = new SocketsHttpHandler
        {
            ConnectTimeout = timeout,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, ct).ConfigureAwait(false);
                    connected = true;
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = await client
                .GetAsync(endpoint, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            return StorageAnswer.Answers;
        }
        catch (OperationCanceledException) when (connected)
        {
            return StorageAnswer.Slow;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return StorageAnswer.Unreachable;
        }
    }
}
