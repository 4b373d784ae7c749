namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// Counts the calls a run makes to its ports and fails the <c>failAt</c>-th as a process dying
/// there would (an <see cref="IOException"/>; nothing after it runs). One counter is shared by every
/// port of a run, so "the k-th call" is the k-th of the whole run, whichever port it goes to.
/// </summary>
/// <param name="failAt">The call that fails; <see cref="int.MaxValue"/> counts only.</param>
public sealed class CrashPoints(int failAt)
{
    private int calls;

    /// <summary>A counter that never fails (a clean run, to count its crash points).</summary>
    public static CrashPoints Counting() => new(int.MaxValue);

    /// <summary>Calls so far.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Whether the failing call was reached.</summary>
    public bool Failed => Calls >= failAt;

    /// <summary>The call that failed, in words (empty until it did).</summary>
    public string FailedAt { get; private set; } = string.Empty;

    /// <summary>One call (or, after a write, its answer): fails when it is the <c>failAt</c>-th.</summary>
    public void Tick(string what)
    {
        if (Interlocked.Increment(ref calls) == failAt)
        {
            FailedAt = what;
            throw new IOException($"the process died at call {failAt} ({what})");
        }
    }
}
