using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations;
using Asiakasmaksu.StaffApi.Endpoints;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// The shared staff API handlers for one HTTP invocation: the same <see cref="StaffApiHandlers"/> the
/// local host maps, with the invocation's Durable client as their <see cref="IWorkflowEngine"/> (the
/// isolated worker binds the client per invocation; it is not in DI).
/// </summary>
public sealed class StaffApiHandlersFactory(IServiceProvider services, ILogger<StaffApiHandlers> logger)
{
    /// <summary>The handlers, reaching the engine through <paramref name="client"/>.</summary>
    public StaffApiHandlers For(DurableTaskClient client) =>
        new(ActivatorUtilities.CreateInstance<StaffApiServices>(services, (IWorkflowEngine)new DurableTaskClientEngine(client)), logger);
}
