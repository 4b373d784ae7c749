using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Notes every request the table clients it is added to send, as "METHOD table" (the path's first segment after the account, before any key).</summary>
internal sealed class StorageRequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> requests = new();

    /// <summary>Table client options that send every request through this log.</summary>
    public TableClientOptions Options()
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }

    /// <summary>How many requests so far were <paramref name="method"/> on a table whose name ends with <paramref name="table"/>.</summary>
    public int Count(string method, string table) =>
        requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal) && r.EndsWith(table, StringComparison.Ordinal));

    /// <summary>How many requests so far, of any kind.</summary>
    public int Total => requests.Count;

    /// <summary>Forgets what was noted so far.</summary>
    public void Clear() => requests.Clear();

    /// <inheritdoc/>
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var segments = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? segments[1].Split('(')[0] : string.Empty;
        requests.Enqueue($"{message.Request.Method} {resource}");
    }
}
