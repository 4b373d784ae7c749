using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Audit;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>The audit trail in memory (simulations, tests).</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly ConcurrentDictionary<string, AuditRecord> records = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        records.TryAdd(record.Id, record);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matches = records.Values
            .Where(r => (query.InvoiceId is null || r.InvoiceId == query.InvoiceId)
                && (query.ClientId is null || r.ClientId == query.ClientId)
                && (query.From is null || r.At >= query.From)
                && (query.To is null || r.At < query.To))
            .OrderBy(r => r.At)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .TakeLast(query.Max);
        foreach (var record in matches)
        {
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
