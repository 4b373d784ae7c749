namespace Asiakasmaksu.Local.Cli;

/// <summary>Reports progress on the caller's thread (Progress&lt;T&gt; would post it later).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
