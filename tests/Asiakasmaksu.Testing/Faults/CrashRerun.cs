using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// The fault-injection proof (issue 17): runs a case once cleanly, counting its calls to the stores
/// (every call a crash point, every write twice: before it and with its answer lost); then, for every
/// k, on fresh stores, runs it with the k-th call failing, retries the same request (same
/// Idempotency-Key, after the dead claim went stale) and lets the invoices wake up; and compares
/// what the stores hold with the clean run's.
/// </summary>
public static class CrashRerun
{
    /// <summary>How long after the crash the caller retries (longer than the staff API's stale claim).</summary>
    public static readonly TimeSpan RetryAfter = StaffRun.StaleClaim + TimeSpan.FromMinutes(1);

    /// <summary>Runs <paramref name="case"/> on stores made by <paramref name="fresh"/> (new, empty ones on each call).</summary>
    public static async Task<CrashRerunResult> RunAsync(FaultCase @case, Func<Task<Ports>> fresh)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(fresh);
        var problems = new List<string>();
        var ports = await fresh().ConfigureAwait(false);
        await @case.ArrangeAsync(ports).ConfigureAwait(false);
        var counter = CrashPoints.Counting();
        await @case.ActAsync(new StaffRun(ports.Through(counter), @case.At)).ConfigureAwait(false);
        await WakeInvoicesAsync(ports, @case.At).ConfigureAwait(false);
        var clean = await World.CountAsync(ports).ConfigureAwait(false);
        problems.AddRange(@case.Expected.Where(e => clean.GetValueOrDefault(e.Key) != e.Value).Select(e => $"clean run: {e.Key} ×{clean.GetValueOrDefault(e.Key)}, expected ×{e.Value}"));

        for (var k = 1; k <= counter.Calls; k++)
        {
            ports = await fresh().ConfigureAwait(false);
            await @case.ArrangeAsync(ports).ConfigureAwait(false);
            var points = new CrashPoints(k);
            try
            {
                await @case.ActAsync(new StaffRun(ports.Through(points), @case.At)).ConfigureAwait(false);
            }
            catch (IOException) when (points.Failed)
            {
                // The process died at call k.
            }

            if (!points.Failed)
            {
                problems.Add($"crash point {k}: the run made only {points.Calls} calls");
            }

            await @case.ActAsync(new StaffRun(ports, @case.At + RetryAfter)).ConfigureAwait(false);
            await WakeInvoicesAsync(ports, @case.At + RetryAfter).ConfigureAwait(false);
            problems.AddRange(World.Differences(clean, await World.CountAsync(ports).ConfigureAwait(false)).Select(d => $"crash point {k} ({points.FailedAt}): {d}"));
        }

        var known = problems.Where(@case.Known.Contains).ToList();
        return new CrashRerunResult(@case.Name, counter.Calls, [.. problems.Except(known), .. @case.Known.Except(known).Select(k => $"known problem no longer seen (update the table): {k}")], known);
    }

    /// <summary>Each invoice's orchestration wakes on the change (the staff API tells it) and runs the workflow on it that day.</summary>
    private static async Task WakeInvoicesAsync(Ports ports, DateTimeOffset at)
    {
        var run = new StaffRun(ports, at);
        var ids = new List<InvoiceId>();
        await foreach (var summary in ports.Invoices.ListAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            ids.Add(summary.Id);
        }

        foreach (var id in ids)
        {
            await run.Workflow.ExecuteAsync(id, new InvoiceCommand.Advance(run.Today), Application.Invoices.ConflictPolicy.Retry, CancellationToken.None).ConfigureAwait(false);
        }
    }
}

/// <summary>What <see cref="CrashRerun.RunAsync"/> found.</summary>
/// <param name="Operation">The case.</param>
/// <param name="CrashPoints">Crash points tried.</param>
/// <param name="Problems">Everything lost or doubled (or a case that did nothing), in words, other than the case's known problems; empty when none.</param>
/// <param name="Known">The case's known problems seen (<see cref="FaultCase.Known"/>).</param>
public sealed record CrashRerunResult(string Operation, int CrashPoints, IReadOnlyList<string> Problems, IReadOnlyList<string> Known);
