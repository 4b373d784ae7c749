namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// One operation of the fault-injection table: the state it starts from, the request (run once with
/// a crash, then retried as its caller would), and what a clean run must leave (so that a case
/// that does nothing cannot pass).
/// </summary>
/// <param name="Name">The operation, as in docs/storage.md "Crash points tried".</param>
/// <param name="At">When the request arrives (the retry comes <see cref="CrashRerun.RetryAfter"/> later).</param>
/// <param name="ArrangeAsync">Builds the starting state on clean stores.</param>
/// <param name="ActAsync">The request: staff API, use cases and workflow steps it runs.</param>
/// <param name="Expected">Counts (as <see cref="World.CountAsync"/> names them) a clean run must leave.</param>
public sealed record FaultCase(string Name, DateTimeOffset At, Func<Ports, Task> ArrangeAsync, Func<StaffRun, Task> ActAsync, IReadOnlyDictionary<string, int> Expected)
{
    /// <summary>
    /// Problems this case is known to show (exactly as <see cref="CrashRerun"/> words them), with
    /// why they are not fixed here: reported apart, and a run that no longer shows them fails, so
    /// that the fix is noticed and the table updated.
    /// </summary>
    public IReadOnlyList<string> Known { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => Name;
}
