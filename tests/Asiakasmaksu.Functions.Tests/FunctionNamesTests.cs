using System.Reflection;
using Asiakasmaksu.Functions.Workflows;
using Asiakasmaksu.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>
/// The Functions app's orchestrator and activity triggers carry exactly the names of the catalog the
/// local host and the engine tests run: an orchestration started or an activity called by name in
/// one host finds the same code in the other.
/// </summary>
public sealed class FunctionNamesTests
{
    private static readonly DurableTaskRegistry Catalog = new DurableTaskRegistry().AddAsiakasmaksuWorkflows();

    [Fact]
    public void TheOrchestratorTriggers_AreTheCatalogsOrchestrators() =>
        Assert.Equal(
            Catalog.GetOrchestrators().Select(o => o.Key.Name).Order(StringComparer.Ordinal),
            Triggers<OrchestrationTriggerAttribute>().Order(StringComparer.Ordinal));

    [Fact]
    public void TheActivityTriggers_AreTheCatalogsActivities() =>
        Assert.Equal(
            Catalog.GetActivities().Select(a => a.Key.Name).Order(StringComparer.Ordinal),
            Triggers<ActivityTriggerAttribute>().Order(StringComparer.Ordinal));

    /// <summary>The function names of the app's methods with a parameter bound by <typeparamref name="TTrigger"/>.</summary>
    private static IEnumerable<string> Triggers<TTrigger>()
        where TTrigger : Attribute =>
        typeof(InvoiceFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<TTrigger>() is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name);
}
