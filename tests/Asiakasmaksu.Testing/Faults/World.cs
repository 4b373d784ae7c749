using Asiakasmaksu.Application.Audit;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// What the stores hold after a run, counted: each invoice event, payment, notice, audit record,
/// deferral request, unmatched payment, fee-reduction decision and ceiling event by its kind. A run
/// that crashed and was rerun must leave the same counts as a clean run: one more is something
/// doubled, one fewer something lost. Audit records are counted when they record an effect
/// (applied, requested, approved, rejected, expired); those of an attempt that changed nothing
/// (unchanged, refused, not found, conflict) record each attempt, a retry's too, and are left out.
/// </summary>
public static class World
{
    /// <summary>The counts by kind.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(Ports ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Add(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;
        var none = CancellationToken.None;
        await foreach (var summary in ports.Invoices.ListAllAsync(none).ConfigureAwait(false))
        {
            var stored = (await ports.Invoices.LoadAsync(summary.Id, none).ConfigureAwait(false))!;
            foreach (var e in stored.History)
            {
                Add($"event {e.Event.GetType().Name}");
            }

            foreach (var pending in stored.PendingAudit)
            {
                Add($"audit still pending {pending.Action}/{pending.Outcome}");
            }

            Add($"invoice {summary.Status}, total {stored.State.Ledger.Total}, credit {stored.State.Ledger.Credit}");
        }

        await foreach (var entry in ports.Outbox.PendingAsync(DateTimeOffset.MaxValue.AddYears(-1), 10_000, none).ConfigureAwait(false))
        {
            Add($"notice {entry.Notice.Kind}");
        }

        await foreach (var record in ports.Audit.QueryAsync(new AuditQuery(null, null, null, null, 10_000), none).ConfigureAwait(false))
        {
            if (record.Outcome is "applied" or "requested" or "approved" or "rejected" or "expired")
            {
                Add($"audit {record.Action}/{record.Outcome}");
            }
        }

        await foreach (var request in ports.Requests.ListAsync(null, none).ConfigureAwait(false))
        {
            Add($"deferral request {request.Status}");
        }

        await foreach (var entry in ports.Unmatched.ListAsync(null, none).ConfigureAwait(false))
        {
            Add($"unmatched payment {entry.Status}");
        }

        await foreach (var decision in ports.FeeReductions.ListInForceAsync(none).ConfigureAwait(false))
        {
            Add($"fee-reduction decision {decision.Outcome}");
        }

        await foreach (var account in ports.Ceilings.ListAsync(none).ConfigureAwait(false))
        {
            foreach (var e in account.Events)
            {
                Add($"ceiling event {e.GetType().Name}");
            }
        }

        return counts;
    }

    /// <summary>What <paramref name="run"/> holds more or less of than <paramref name="clean"/>, in words (empty when nothing).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, int> clean, IReadOnlyDictionary<string, int> run)
    {
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(run);
        return [.. clean.Keys.Union(run.Keys).Order(StringComparer.Ordinal)
            .Select(k => (What: k, Clean: clean.GetValueOrDefault(k), Run: run.GetValueOrDefault(k)))
            .Where(d => d.Clean != d.Run)
            .Select(d => $"{(d.Run > d.Clean ? "doubled" : "lost")}: {d.What} ×{d.Run} (a clean run leaves ×{d.Clean})")];
    }
}
