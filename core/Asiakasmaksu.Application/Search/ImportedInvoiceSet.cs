using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// Passes each chunk of imported invoices on to <paramref name="inner"/> (when given) and remembers a
/// 64-bit hash of each id (8 bytes an invoice), so that what follows the import knows which invoices
/// this file holds.
/// </summary>
/// <param name="inner">The sink the import was given, or null.</param>
public sealed class ImportedInvoiceSet(IImportedInvoiceSink? inner) : IImportedInvoiceSink
{
    private readonly HashSet<ulong> ids = [];

    /// <summary>How many invoices were handed on.</summary>
    public int Count => ids.Count;

    /// <inheritdoc/>
    public async Task AddAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        lock (ids)
        {
            foreach (var id in invoices)
            {
                ids.Add(Hash(id.Value));
            }
        }

        if (inner is not null)
        {
            await inner.AddAsync(invoices, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when <paramref name="id"/> was handed on (or, once in about 2^64, another id with its hash).</summary>
    public bool Contains(InvoiceId id)
    {
        lock (ids)
        {
            return ids.Contains(Hash(id.Value));
        }
    }

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
