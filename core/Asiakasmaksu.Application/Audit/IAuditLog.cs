using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Audit;

/// <summary>The append-only audit trail of staff actions and imports.</summary>
public interface IAuditLog
{
    /// <summary>Appends a record; appending the same id twice keeps the first.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Records matching <paramref name="query"/>, oldest first.</summary>
    IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the records matching <paramref name="query"/> (its <see cref="AuditQuery.Max"/> is not
    /// used), oldest first. Positions are the store's own; the default's are
    /// <see cref="PageKeys.Of(AuditRecord)"/> and it reads every match: a large store reads only the page.
    /// </summary>
    Task<ListPage<AuditRecord>> QueryPageAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken) =>
        Pages.SortAndTakeAsync(QueryAsync(query with { Max = int.MaxValue }, cancellationToken), r => PageKeys.Of(r), page, cancellationToken);
}
