using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>
/// The in-memory store's invoice numbers: one sequence, and the number of each invoice id and the
/// invoice of each number, under one lock (so racing imports agree and never share a number).
/// </summary>
internal sealed class InMemoryInvoiceNumbers
{
    private readonly Dictionary<InvoiceId, string> numberOf = [];
    private readonly Dictionary<string, InvoiceId> invoiceOf = new(StringComparer.Ordinal);
    private long next = InvoiceNumbers.FirstSequence;

    /// <summary>The number of each invoice id, recorded now when it has none yet.</summary>
    public IReadOnlyList<string> Allocate(IReadOnlyList<InvoiceId> invoices)
    {
        lock (numberOf)
        {
            var numbers = new List<string>(invoices.Count);
            foreach (var id in invoices)
            {
                if (!numberOf.TryGetValue(id, out var number))
                {
                    number = InvoiceNumbers.FromSequence(next++);
                    numberOf[id] = number;
                    invoiceOf[number] = id;
                }

                numbers.Add(number);
            }

            return numbers;
        }
    }

    /// <summary>The invoice id <paramref name="number"/> was allocated to, or null.</summary>
    public InvoiceId? InvoiceOf(string number)
    {
        lock (numberOf)
        {
            return invoiceOf.TryGetValue(number, out var id) ? id : null;
        }
    }
}
