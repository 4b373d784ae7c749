using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Rendering;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// The fault-injection proof for delivery (issue 17): the outbox dispatcher delivers the notices of
/// two invoices and a deferral (emails and letters) with the outbox store, the email sender or the
/// letter archive failing at the k-th call, for every k of a clean pass; then later passes run as
/// the sweeper would (after the dead claims ran out). Every notice must end delivered, marked sent,
/// and received once at the sink.
/// </summary>
public static class DeliveryCrashRerun
{
    /// <summary>When the notices are delivered (after the deferral of 10.3.2026).</summary>
    public static readonly DateTimeOffset At = BusinessTime.At(new DateOnly(2026, 3, 10), new TimeOnly(10, 0));

    /// <summary>The passes after a crash, each later than a claim's lease: the sweeper's.</summary>
    private static readonly TimeSpan PassEvery = OutboxDispatcher.ClaimLease + TimeSpan.FromMinutes(5);

    /// <summary>Runs it on stores made by <paramref name="fresh"/> and sinks made by <paramref name="sinks"/> (new ones on each call).</summary>
    public static async Task<CrashRerunResult> RunAsync(Func<Task<Ports>> fresh, Func<DeliverySinks> sinks, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(known);
        var problems = new List<string>();
        var (ports, ids) = await ArrangeAsync(fresh).ConfigureAwait(false);
        var counter = CrashPoints.Counting();
        await using (var clean = sinks())
        {
            await Dispatcher(ports.Outbox, clean, counter, new ManualClock(At)).DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            problems.AddRange((await CheckAsync(ports.Outbox, clean, ids).ConfigureAwait(false)).Select(p => $"clean run: {p}"));
        }

        for (var k = 1; k <= counter.Calls; k++)
        {
            (ports, ids) = await ArrangeAsync(fresh).ConfigureAwait(false);
            await using var sink = sinks();
            var points = new CrashPoints(k);
            var clock = new ManualClock(At);
            try
            {
                await Dispatcher(ports.Outbox, sink, points, clock).DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException) when (points.Failed)
            {
                // The pass died at call k.
            }

            for (var pass = 1; pass <= 3; pass++)
            {
                clock.Set(At + (PassEvery * pass));
                await Dispatcher(ports.Outbox, sink, null, clock).DispatchAsync(CancellationToken.None).ConfigureAwait(false);
            }

            problems.AddRange((await CheckAsync(ports.Outbox, sink, ids).ConfigureAwait(false)).Select(p => $"crash point {k} ({points.FailedAt}): {p}"));
        }

        var seen = problems.Where(known.Contains).ToList();
        return new CrashRerunResult("delivery", counter.Calls, [.. problems.Except(seen), .. known.Except(seen).Select(k => $"known problem no longer seen (update the table): {k}")], seen);
    }

    /// <summary>Two invoices (one to an email address, one by letter) and a deferral of the first, their notices pending.</summary>
    private static async Task<(Ports Ports, IReadOnlyList<string> NoticeIds)> ArrangeAsync(Func<Task<Ports>> fresh)
    {
        var ports = await fresh().ConfigureAwait(false);
        await FaultSeed.ImportLinesAsync(ports, [("B1", "asiakas.a@example.org"), ("B2", null)]).ConfigureAwait(false);
        var run = new StaffRun(ports, At.AddHours(-1));
        await run.Staff.DeferAsync(FaultSeed.First, new DateOnly(2026, 4, 20), run.Stamp(new Actor("team-anna", StaffRole.Team), "long hospital stay"), CancellationToken.None).ConfigureAwait(false);
        var ids = new List<string>();
        await foreach (var entry in ports.Outbox.PendingAsync(At, 100, CancellationToken.None).ConfigureAwait(false))
        {
            ids.Add(entry.Notice.Id);
        }

        return ids.Count == 3 ? (ports, ids) : throw new InvalidOperationException($"{ids.Count} notices pending, not 3.");
    }

    /// <summary>One notice at a time (so that the k-th call is the same in every run); letters as HTML.</summary>
    private static OutboxDispatcher Dispatcher(IOutboxStore outbox, DeliverySinks sinks, CrashPoints? points, TimeProvider clock) =>
        new(
            points is null ? outbox : FaultyPort<IOutboxStore>.Wrap(outbox, points),
            new NoticeRenderer(IssuerProfile.Example),
            IssuerProfile.Example,
            points is null ? sinks.Email : FaultyPort<IEmailSender>.Wrap(sinks.Email, points),
            points is null ? sinks.Archive : FaultyPort<INoticeArchive>.Wrap(sinks.Archive, points),
            clock,
            new DispatchOptions(Parallelism: 1, LetterFormat: LetterFormat.Html, ArchiveRendered: false));

    private static async Task<List<string>> CheckAsync(IOutboxStore outbox, DeliverySinks sinks, IReadOnlyList<string> ids)
    {
        var problems = new List<string>();
        var received = sinks.Received();
        foreach (var id in ids)
        {
            if (await outbox.DeliveryOfAsync(id, CancellationToken.None).ConfigureAwait(false) is null)
            {
                problems.Add($"lost: notice {id} not marked delivered");
            }

            var times = received.GetValueOrDefault(id);
            if (times != 1)
            {
                problems.Add($"{(times > 1 ? "doubled" : "lost")}: notice {id} received ×{times}");
            }
        }

        return problems;
    }
}
