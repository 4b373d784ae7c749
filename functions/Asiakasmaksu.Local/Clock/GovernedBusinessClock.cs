using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;

namespace Asiakasmaksu.Local.Clock;

/// <summary>
/// The demonstration clock of <c>demo</c> (docs/orchestrations.md, "The demonstration clock"):
/// business time runs along a straight line at <see cref="Speed"/> times the wall clock, but never
/// past the earliest instant at which work is still due (<see cref="IDueWorkLedger"/>: an invoice's
/// next wake-up, a change its orchestration has not taken in yet, a notice waiting in the outbox, the
/// driver's next staff event). It waits there until that work is done, then catches up with the line.
/// So a year of real orchestrations plays in minutes with every step on the same business day as in
/// <c>simulate</c>, however long the engine takes. An orchestration timer that fires while business
/// time is held back fires early: its activity waits in <see cref="WaitUntilAsync"/>.
/// </summary>
internal sealed partial class GovernedBusinessClock : BusinessClock, IDueWorkLedger, IDisposable
{
    /// <summary>The longest an activity waits for business time to reach its wake-up before it gives up and sleeps again.</summary>
    public static readonly TimeSpan MaxActivityWait = TimeSpan.FromMinutes(2);

    /// <summary>How long work may stay due and undone, business time held for it, before the clock drops it and says so.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(90);

    /// <summary>The soonest an orchestration timer is set to fire.</summary>
    public static readonly TimeSpan TimerFloor = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    private readonly TimeProvider wall;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, DueWork> due = new(StringComparer.Ordinal);
    private readonly PriorityQueue<TaskCompletionSource, DateTimeOffset> waiters = new();
    private readonly ITimer ticker;
    private ScaledBusinessClock? line;
    private DateTimeOffset shown;
    private DateTimeOffset? limit;
    private DateTimeOffset? outboxDue;
    private long pokes;
    private (DateTimeOffset At, DateTimeOffset Since) held;

    /// <summary>A clock held at <paramref name="start"/> until <see cref="StartLine"/> lets it run.</summary>
    public GovernedBusinessClock(TimeProvider wall, DateTimeOffset start, double speed, ILogger<GovernedBusinessClock> logger)
    {
        this.wall = wall;
        this.logger = logger;
        Speed = speed;
        shown = start;
        ticker = wall.CreateTimer(_ => Release(), null, Tick, Tick);
    }

    /// <summary>Business seconds per wall-clock second along the line.</summary>
    public double Speed { get; }

    /// <summary>Starts the line: business time <paramref name="businessStart"/> now, running at <see cref="Speed"/>.</summary>
    public void StartLine(DateTimeOffset businessStart)
    {
        lock (gate)
        {
            line = new ScaledBusinessClock(wall, businessStart, wall.GetUtcNow(), Speed);
        }
    }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return Advance();
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Where the line puts it, but at least <see cref="TimerFloor"/> from now: before the line starts,
    /// or when the line is past the instant (business time was held back), the timer fires at once
    /// and its activity waits for business time. The floor keeps the timer from firing before the
    /// orchestration has stored its own history (the provider would put it back, again and again).
    /// </remarks>
    public override DateTimeOffset EngineInstantOf(DateTimeOffset businessInstant)
    {
        lock (gate)
        {
            var soonest = wall.GetUtcNow() + TimerFloor;
            return line is { } l && l.EngineInstantOf(businessInstant) > soonest ? l.EngineInstantOf(businessInstant) : soonest;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Along the line: a lease of ten real minutes is ten minutes times <see cref="Speed"/> of business time.</remarks>
    public override TimeSpan BusinessSpanOf(TimeSpan wallSpan) => wallSpan * Speed;

    /// <inheritdoc/>
    public override async Task WaitUntilAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MaxActivityWait);
        try
        {
            await WaitUntilReachedAsync(businessInstant, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Given up: the caller finds nothing due yet and sleeps again.
        }
    }

    /// <summary>Waits, however long it takes, until business time has reached <paramref name="businessInstant"/>.</summary>
    public Task WaitUntilReachedAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (Advance() >= businessInstant)
            {
                return Task.CompletedTask;
            }

            waiters.Enqueue(waiter, businessInstant);
        }

        return waiter.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public long Poke(string key, DateTimeOffset businessInstant)
    {
        lock (gate)
        {
            var work = Work(key);
            var poke = ++pokes;
            work.Pokes.Add((poke, businessInstant));
            work.Poked();
            Recompute();
            return poke;
        }
    }

    /// <inheritdoc/>
    public void Retract(string key, long poke)
    {
        lock (gate)
        {
            if (due.TryGetValue(key, out var work))
            {
                work.Pokes.RemoveAll(p => p.Number == poke);
                Forget(key, work);
                Recompute();
            }
        }
    }

    /// <inheritdoc/>
    public CancellationToken NextPoke(string key)
    {
        lock (gate)
        {
            // Work asked for already and not yet taken in: no waiting at all.
            var work = Work(key);
            return work.Pokes.Count > 0 ? new CancellationToken(canceled: true) : work.Watchers.Token;
        }
    }

    /// <inheritdoc/>
    public long Begin(string key)
    {
        lock (gate)
        {
            return pokes;
        }
    }

    /// <inheritdoc/>
    public void End(string key, long mark, DateTimeOffset? next)
    {
        lock (gate)
        {
            var work = Work(key);
            work.Pokes.RemoveAll(p => p.Number <= mark);
            work.Next = next;
            Forget(key, work);
            Recompute();
        }
    }

    /// <summary>The earliest instant a notice waiting in the outbox is due, or null: business time waits there until it is delivered.</summary>
    public void SetOutboxDue(DateTimeOffset? instant)
    {
        lock (gate)
        {
            outboxDue = instant;
            Recompute();
        }
    }

    public void Dispose() => ticker.Dispose();

    /// <summary>Moves business time as far as the line and the work due allow (under the lock); it never goes back.</summary>
    private DateTimeOffset Advance()
    {
        if (line is { } l)
        {
            var target = l.GetUtcNow();
            if (limit is { } hold && hold < target)
            {
                target = hold;
            }

            if (target > shown)
            {
                shown = target;
            }
        }

        return shown;
    }

    /// <summary>Ticks: moves business time, releases the waiters whose instant has come, and drops work that stalled.</summary>
    private void Release()
    {
        List<TaskCompletionSource>? released = null;
        lock (gate)
        {
            var now = Advance();
            while (waiters.TryPeek(out var waiter, out var at) && at <= now)
            {
                waiters.Dequeue();
                (released ??= []).Add(waiter);
            }

            DropStalled(now);
        }

        foreach (var waiter in released ?? [])
        {
            waiter.TrySetResult();
        }
    }

    private void DropStalled(DateTimeOffset now)
    {
        if (limit is not { } hold || line is null || hold > now)
        {
            held = default;
            return;
        }

        var since = held.At == hold ? held.Since : wall.GetUtcNow();
        held = (hold, since);
        if (wall.GetUtcNow() - since < StallLimit)
        {
            return;
        }

        foreach (var (key, work) in due.Where(d => d.Value.DueAt == hold).ToList())
        {
            LogStalled(logger, key, hold);
            due.Remove(key);
        }

        if (outboxDue == hold)
        {
            LogStalled(logger, "outbox", hold);
            outboxDue = null;
        }

        Recompute();
    }

    private DueWork Work(string key)
    {
        if (!due.TryGetValue(key, out var work))
        {
            work = new DueWork();
            due[key] = work;
        }

        return work;
    }

    private void Forget(string key, DueWork work)
    {
        if (work.DueAt is null && !work.Watched)
        {
            due.Remove(key);
        }
    }

    private void Recompute()
    {
        DateTimeOffset? min = outboxDue;
        foreach (var work in due.Values)
        {
            if (work.DueAt is { } at && (min is null || at < min))
            {
                min = at;
            }
        }

        limit = min;
    }

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Demonstration clock: work under {Key} due at {At:o} was not done in time; business time goes on without it")]
    private static partial void LogStalled(ILogger logger, string key, DateTimeOffset at);

    /// <summary>What is due under one key: pokes not yet taken in, the next scheduled instant, and who waits for the next poke.</summary>
    private sealed class DueWork
    {
        private CancellationTokenSource? watchers;

        public List<(long Number, DateTimeOffset At)> Pokes { get; } = [];

        public DateTimeOffset? Next { get; set; }

        /// <summary>Cancelled at the next poke.</summary>
        public CancellationTokenSource Watchers => watchers ??= new CancellationTokenSource();

        public bool Watched => watchers is not null;

        /// <summary>Tells those waiting that work was asked for.</summary>
        public void Poked()
        {
            var told = watchers;
            watchers = null;
            if (told is not null)
            {
                // Their continuations run elsewhere, not under the clock's lock.
                ThreadPool.UnsafeQueueUserWorkItem(static t => { t.Cancel(); t.Dispose(); }, told, preferLocal: false);
            }
        }

        public DateTimeOffset? DueAt => Pokes.Count == 0 ? Next : Pokes.Min(p => p.At) is var first && (Next is not { } next || first < next) ? first : Next;
    }
}
