using System.Diagnostics;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// Where a simulation's time goes: wall time in outbox passes, and time summed over threads in
/// the outbox store's pending queries, the email sender and the letter archive (the rest of a
/// pass is rendering). Decorators around the simulation's ports, printed by <c>simulate</c>.
/// </summary>
internal sealed class SimulateTimings
{
    private long dispatchTicks;
    private long pendingTicks;
    private long sendTicks;
    private long archiveTicks;
    private long start = Stopwatch.GetTimestamp();
    private long firstDay;
    private long lastDay;

    /// <summary>Records when the day loop starts and ends (from the runner's progress reports).</summary>
    public IProgress<SimulationProgress> Phases => new PhaseRecorder(this);

    /// <summary>The breakdown as one line.</summary>
    public string Describe(TimeSpan total) =>
        $"phases: import {Seconds(firstDay - start):0.0} s, days {Seconds(lastDay - firstDay):0.0} s, outputs {Seconds(Stopwatch.GetTimestamp() - lastDay):0.0} s (until now); " +
        $"outbox passes {Seconds(dispatchTicks):0.0} s wall of {total.TotalSeconds:0.0} s (the rest: import, wake-ups, outputs); " +
        $"inside them, summed over threads: pending queries {Seconds(pendingTicks):0.0} s, email writes {Seconds(sendTicks):0.0} s, letter writes {Seconds(archiveTicks):0.0} s";

    public INoticeDispatcher Dispatcher(INoticeDispatcher inner) => new TimedDispatcher(inner, this);

    public IOutboxStore Outbox(IOutboxStore inner) => new TimedOutbox(inner, this);

    public IEmailSender Sender(IEmailSender inner) => new TimedSender(inner, this);

    public INoticeArchive Archive(INoticeArchive inner) => new TimedArchive(inner, this);

    /// <summary>Starts the clock of the phases.</summary>
    public void Start() => start = Stopwatch.GetTimestamp();

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    private sealed class PhaseRecorder(SimulateTimings t) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value)
        {
            if (value.Phase == "simulate")
            {
                if (t.firstDay == 0)
                {
                    t.firstDay = Stopwatch.GetTimestamp();
                }

                t.lastDay = Stopwatch.GetTimestamp();
            }
        }
    }

    private sealed class TimedDispatcher(INoticeDispatcher inner, SimulateTimings t) : INoticeDispatcher
    {
        public Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken) =>
            TimeAsync(inner.DispatchAsync(cancellationToken));

        public Task<IReadOnlyList<DispatchedNotice>> DispatchForInvoiceAsync(InvoiceId invoiceId, CancellationToken cancellationToken) =>
            TimeAsync(inner.DispatchForInvoiceAsync(invoiceId, cancellationToken));

        public Task<IReadOnlyList<DispatchedNotice>> DispatchNoticesAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken) =>
            TimeAsync(inner.DispatchNoticesAsync(noticeIds, cancellationToken));

        public Task<IReadOnlyList<DispatchedNotice>> DispatchCommittedAsync(IReadOnlyCollection<Notice> committed, NoticeHold? hold, CancellationToken cancellationToken) =>
            TimeAsync(inner.DispatchCommittedAsync(committed, hold, cancellationToken));

        private async Task<IReadOnlyList<DispatchedNotice>> TimeAsync(Task<IReadOnlyList<DispatchedNotice>> pass)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await pass;
            Interlocked.Add(ref t.dispatchTicks, Stopwatch.GetTimestamp() - start);
            return result;
        }
    }

    private sealed class TimedOutbox(IOutboxStore inner, SimulateTimings t) : IOutboxStore
    {
        public Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken) => inner.AddAsync(notice, at, cancellationToken);

        public async IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            var list = new List<OutboxEntry>();
            await foreach (var e in inner.PendingAsync(now, max, cancellationToken))
            {
                list.Add(e);
            }

            Interlocked.Add(ref t.pendingTicks, Stopwatch.GetTimestamp() - start);
            foreach (var e in list)
            {
                yield return e;
            }
        }

        public IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, CancellationToken cancellationToken) => inner.PendingForInvoiceAsync(invoiceId, now, cancellationToken);

        public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimAsync(noticeId, now, lease, cancellationToken);

        public Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimHeldAsync(stored, hold, now, lease, cancellationToken);

        public Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken) => inner.MarkSentAsync(claim, delivery, cancellationToken);

        public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) => inner.MarkFailedAsync(claim, attempts, nextAttemptAt, error, cancellationToken);

        public Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken) => inner.DeliveryOfAsync(noticeId, cancellationToken);
    }

    private sealed class TimedSender(IEmailSender inner, SimulateTimings t) : IEmailSender
    {
        public async Task<string> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await inner.SendAsync(email, cancellationToken);
            Interlocked.Add(ref t.sendTicks, Stopwatch.GetTimestamp() - start);
            return result;
        }
    }

    private sealed class TimedArchive(INoticeArchive inner, SimulateTimings t) : INoticeArchive
    {
        public async Task<string> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await inner.StoreAsync(name, content, contentType, cancellationToken);
            Interlocked.Add(ref t.archiveTicks, Stopwatch.GetTimestamp() - start);
            return result;
        }
    }
}
