using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>The log of arrived files in memory, newest first by id.</summary>
public sealed class InMemoryImportLog : IImportLog
{
    private readonly SortedDictionary<(string Kind, string Id), ImportedFileRecord> records = [];

    /// <inheritdoc/>
    public Task AppendAsync(ImportedFileRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (records)
        {
            records[(record.Kind, record.Id)] = record;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ListPage<ImportedFileRecord>> ListPageAsync(string kind, PageRequest page, CancellationToken cancellationToken)
    {
        List<ImportedFileRecord> list;
        lock (records)
        {
            list = [.. records.Values.Where(r => r.Kind == kind).OrderBy(ImportLogKeys.Of, StringComparer.Ordinal)];
        }

        return Pages.TakeAsync(list.ToAsyncEnumerable(), ImportLogKeys.Of, page, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<ImportedFileRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        lock (records)
        {
            return Task.FromResult(records.GetValueOrDefault((kind, id)));
        }
    }
}
