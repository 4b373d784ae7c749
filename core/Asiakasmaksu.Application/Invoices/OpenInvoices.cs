using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// The open invoices that have a wake-up to come (not paid, written off, waived or cancelled): the
/// Functions app's nightly self-healing starts an orchestration for each that has none. Read from
/// the schedule index (<see cref="IInvoiceStore.DueForWakeUpAsync"/>), which holds an entry per open
/// invoice with a next wake-up, so the work is bounded by the open invoices, not by every invoice
/// ever written; each entry is checked against its invoice (an index entry may be stale), and a
/// stale entry of a day already past is forgotten on the way
/// (<see cref="IInvoiceStore.ForgetWakeUpAsync"/>: one a crash or a stopped host left, which no
/// commit will delete any more), so that the index stays as small as the open invoices.
/// Assumption, written down: an open invoice with no wake-up to come has nothing for an
/// orchestration to do; a change that gives it one writes an index entry, and the next night starts it.
/// </summary>
public sealed class OpenInvoices(IInvoiceStore store, TimeProvider clock)
{
    /// <summary>Later than any wake-up.</summary>
    private static readonly DateOnly AnyDay = new(9999, 12, 31);

    /// <summary>The ids of the open invoices with a wake-up to come, by their wake-up day, each once (only its current index entry counts).</summary>
    public async IAsyncEnumerable<InvoiceId> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = clock.Today();
        await foreach (var wake in store.DueForWakeUpAsync(AnyDay, cancellationToken).ConfigureAwait(false))
        {
            if (await store.LoadAsync(wake.Id, cancellationToken).ConfigureAwait(false) is { State: OpenInvoice, NextWakeUp: { } next } && next == wake.Day)
            {
                yield return wake.Id;
            }
            else if (wake.Day < today)
            {
                await store.ForgetWakeUpAsync(wake.Id, wake.Day, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
