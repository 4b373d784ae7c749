using System.Globalization;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>
/// No accepted change was lost: every deferral answered 200 "applied" is in the stored history at
/// the version the answer gave, with its due date, nothing else was deferred, and the audit holds
/// exactly one "applied" deferral record for each.
/// </summary>
internal static class LostUpdateCheck
{
    /// <summary>The problems found (empty when none was lost).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IInvoiceStore store, IAuditLog audit, IEnumerable<InvoiceId> invoices, IReadOnlyCollection<AcceptedDeferral> accepted)
    {
        var problems = new List<string>();
        var byInvoice = accepted.ToLookup(a => a.Invoice);
        foreach (var id in invoices)
        {
            var expected = byInvoice[id].OrderBy(a => a.Version).ToList();
            var stored = await store.LoadAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"Invoice {id} is gone.");
            var deferrals = stored.History.Where(h => h.Event is InvoiceEvent.DueDateDeferred).ToList();
            if (deferrals.Count != expected.Count)
            {
                problems.Add($"{id}: {expected.Count} deferrals were accepted but {deferrals.Count} are stored");
            }

            foreach (var a in expected)
            {
                if (a.Version > stored.History.Count || stored.History[a.Version - 1].Event is not InvoiceEvent.DueDateDeferred d || d.NewDueDate != a.NewDueDate)
                {
                    problems.Add($"{id}: the deferral to {a.NewDueDate:yyyy-MM-dd} accepted as version {a.Version} is not stored as such");
                }
            }

            if (expected.Count > 0 && stored.State.Stage.DueDate != expected[^1].NewDueDate)
            {
                problems.Add($"{id}: the due date is {stored.State.Stage.DueDate:yyyy-MM-dd}, not the last accepted {expected[^1].NewDueDate:yyyy-MM-dd}");
            }

            var audited = new List<string>();
            await foreach (var record in audit.QueryAsync(new AuditQuery(id.Value, null, null, null, int.MaxValue), CancellationToken.None))
            {
                if (record.Action == "deferral" && record.Outcome == "applied")
                {
                    audited.Add(record.Details);
                }
            }

            var expectedDetails = expected.Select(a => $"newDueDate={a.NewDueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal);
            if (!audited.Order(StringComparer.Ordinal).SequenceEqual(expectedDetails))
            {
                problems.Add($"{id}: {audited.Count} applied deferrals audited for {expected.Count} accepted");
            }
        }

        return problems;
    }
}
