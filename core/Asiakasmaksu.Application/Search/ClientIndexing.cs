using Asiakasmaksu.Domain.Billing;
using Sylvan.Data.Csv;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// After a billing import, indexes the clients of the invoices it holds for the client search: the
/// name on each client's invoice and, when the file's optional <c>ssn</c> column gives one, the keyed
/// hash of the henkilötunnus (<see cref="PersonalIdentityHasher"/>; the code itself is never kept,
/// logged or passed on). Reads the file once more, only the columns it needs, in constant memory per
/// client. Only clients of invoices the import holds (<see cref="ImportedInvoiceSet"/>) are indexed,
/// so a rejected line never names a client; a client whose lines give two different henkilötunnus
/// gets no henkilötunnus entry (one client id shared by two people must not lead to either).
/// </summary>
public sealed class ClientIndexing(IClientSearchIndex index, PersonalIdentityHasher? hasher)
{
    private const int BatchSize = 500;

    /// <summary>Indexes the clients of <paramref name="content"/> (a billing file the import accepted) that <paramref name="imported"/> holds; returns how many.</summary>
    public async Task<int> IndexAsync(Stream content, ImportedInvoiceSet imported, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(imported);
        var clients = new Dictionary<string, Client>(StringComparer.Ordinal);
        using var text = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        var header = await text.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var delimiter = header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
        using var csv = await CsvDataReader.CreateAsync(new StringReader(header + "\n"), new CsvDataReaderOptions { Delimiter = delimiter }, cancellationToken).ConfigureAwait(false);
        var columns = Enumerable.Range(0, csv.FieldCount).ToDictionary(i => csv.GetName(i).Trim(), i => i, StringComparer.Ordinal);
        if (!columns.TryGetValue(BillingColumns.BatchId, out var batchColumn) || !columns.TryGetValue(BillingColumns.ClientId, out var clientColumn) || !columns.TryGetValue(BillingColumns.Name, out var nameColumn))
        {
            return 0;
        }

        var ssnColumn = columns.TryGetValue(BillingColumns.Ssn, out var s) ? s : -1;
        using var lines = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = false }, cancellationToken).ConfigureAwait(false);
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string Field(int i) => i < lines.FieldCount ? lines.GetString(i).Trim() : string.Empty;
            var (batch, clientId, name) = (Field(batchColumn), Field(clientColumn), Field(nameColumn));
            if (batch.Length == 0 || clientId.Length == 0 || !imported.Contains(InvoiceIdentity.For(batch, clientId)))
            {
                continue;
            }

            var hash = ssnColumn >= 0 && hasher is not null && PersonalIdentityHasher.Canonical(Field(ssnColumn)) is { } code ? hasher.Hash(code) : null;
            clients[clientId] = clients.TryGetValue(clientId, out var known)
                ? known with { Hash = known.Hash ?? hash, Conflict = known.Conflict || (hash is not null && known.Hash is not null && hash != known.Hash) }
                : new Client(name, hash, false);
        }

        foreach (var batch in clients.Select(c => new ClientIndexEntry(c.Key, c.Value.Name, c.Value.Conflict ? null : c.Value.Hash)).Chunk(BatchSize))
        {
            await index.AddAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return clients.Count;
    }

    private sealed record Client(string Name, string? Hash, bool Conflict);
}
