using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// Turns the orchestrators and activities of a <see cref="DurableTaskRegistry"/> (the same registry
/// the tests' engine runs) into DurableTask.Core object creators, wrapped by
/// <see cref="DurableTaskShimFactory"/>: the way an alternate runtime runs the SDK's tasks. A new
/// shim per episode and per activity call, as the worker expects.
/// </summary>
internal static class ShimCreators
{
    /// <summary>The orchestration creators.</summary>
    public static ObjectCreator<TaskOrchestration>[] Orchestrations(DurableTaskRegistry registry, DurableTaskShimFactory shims, IServiceProvider services) =>
        [.. registry.GetOrchestrators().Select(o => new Creator<TaskOrchestration>(o.Key, () => shims.CreateOrchestration(o.Key, o.Value(services))))];

    /// <summary>The activity creators.</summary>
    public static ObjectCreator<TaskActivity>[] Activities(DurableTaskRegistry registry, DurableTaskShimFactory shims, IServiceProvider services) =>
        [.. registry.GetActivities().Select(a => new Creator<TaskActivity>(a.Key, () => shims.CreateActivity(a.Key, a.Value(services))))];

    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> create;

        public Creator(TaskName name, Func<T> create)
        {
            Name = name.Name;
            Version = string.Empty;
            this.create = create;
        }

        public override T Create() => create();
    }
}
