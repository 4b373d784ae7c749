using Microsoft.DurableTask;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>The bare engine's activity: does nothing.</summary>
internal sealed class NoOp : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}
