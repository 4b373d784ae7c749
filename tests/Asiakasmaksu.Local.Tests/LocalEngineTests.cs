using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Local.Durable;
using Asiakasmaksu.Local.Serving;
using Asiakasmaksu.Testing;
using Azure.Data.Tables;
using DurableTask.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// The local host's engine (DurableTask.Core on the Azure Storage provider, over Azurite) running the
/// invoice orchestration: each wake-up continues as new, so the history the provider keeps for an
/// invoice stays one episode long however often it wakes.
/// </summary>
public sealed class LocalEngineTests
{
    private const int Changes = 25;

    [Fact]
    public async Task GivenAFollowedInvoice_WhenItIsWokenManyTimes_ThenEachWakeUpIsANewExecutionAndItsHistoryStaysSmall()
    {
        using var dir = new TempFolder();
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        var setup = new LocalHostSetup
        {
            Watch = false,
            Sweep = false,
            Housekeep = false,
            ConnectionString = azurite.ConnectionString,
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Asiakasmaksu:Notices:Folder"] = Path.Combine(dir.Path, "notices"),
                ["Asiakasmaksu:Durable:TaskHubName"] = "history",
            },
        };
        await using var host = await LocalHost.BuildAsync([], setup, CancellationToken.None);
        await host.App.StartAsync();
        var services = host.App.Services;
        var seeded = SeedInvoices.New($"hist-{Guid.NewGuid():N}", "history-client", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), 40m, 20m);
        await services.GetRequiredService<IInvoiceStore>().CreateAsync([seeded], CancellationToken.None);
        var engine = services.GetRequiredService<IWorkflowEngine>();
        var client = services.GetRequiredService<LocalDurableEngine>().Client;
        var id = seeded.Id.Value;

        await engine.FollowInvoiceAsync(seeded.Id, CancellationToken.None);
        var executions = new HashSet<string> { await NextExecutionAsync(client, id, null) };
        for (var i = 0; i < Changes; i++)
        {
            var before = executions.Last();
            await engine.InvoiceChangedAsync(seeded.Id, $"change {i}", CancellationToken.None);
            executions.Add(await NextExecutionAsync(client, id, before));
        }

        Assert.Equal(Changes + 1, executions.Count);
        var history = new TableClient(azurite.ConnectionString, "historyHistory");
        var rows = 0;
        await foreach (var _ in history.QueryAsync<TableEntity>(e => e.PartitionKey == id, select: ["RowKey"]))
        {
            rows++;
        }

        Assert.InRange(rows, 1, 15);
        await host.App.StopAsync();
    }

    /// <summary>Waits until the instance runs an execution other than <paramref name="previous"/> and is waiting again; returns its id.</summary>
    private static async Task<string> NextExecutionAsync(TaskHubClient client, string instanceId, string? previous)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (await client.GetOrchestrationStateAsync(instanceId) is { OrchestrationStatus: OrchestrationStatus.Running } state
                && state.OrchestrationInstance.ExecutionId != previous)
            {
                return state.OrchestrationInstance.ExecutionId;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the orchestration of {instanceId} did not continue as new after execution {previous}");
    }
}
