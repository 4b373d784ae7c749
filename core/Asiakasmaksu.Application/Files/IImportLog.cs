using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Files;

/// <summary>The log of arrived files for the billing office: an Azure table, or a list in memory.</summary>
public interface IImportLog
{
    /// <summary>Appends <paramref name="record"/> (idempotent by its id).</summary>
    Task AppendAsync(ImportedFileRecord record, CancellationToken cancellationToken);

    /// <summary>The records of <paramref name="kind"/>, newest first, a page at a time (positions are <see cref="ImportLogKeys.Of"/>).</summary>
    Task<ListPage<ImportedFileRecord>> ListPageAsync(string kind, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The record of <paramref name="kind"/> with <paramref name="id"/>, or null.</summary>
    Task<ImportedFileRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken);
}
