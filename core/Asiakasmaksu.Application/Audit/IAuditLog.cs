namespace Asiakasmaksu.Application.Audit;

/// <summary>The append-only audit trail of staff actions and imports.</summary>
public interface IAuditLog
{
    /// <summary>Appends a record; appending the same id twice keeps the first.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Records matching <paramref name="query"/>, oldest first.</summary>
    IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, CancellationToken cancellationToken);
}
