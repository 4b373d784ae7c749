using System.Net;
using System.Net.Sockets;
using Asiakasmaksu.Adapters.Azurite;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class AzuriteProcessTests
{
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Two_instances_run_side_by_side_and_disposing_one_closes_its_ports_and_deletes_its_folder()
    {
        var first = await AzuriteProcess.StartAsync();
        await using var second = await AzuriteProcess.StartAsync();

        var firstPorts = Ports(first);
        var secondPorts = Ports(second);
        Assert.Equal(6, firstPorts.Concat(secondPorts).Distinct().Count());
        Assert.All(firstPorts.Concat(secondPorts), p => Assert.True(p > 0));
        Assert.True(Directory.Exists(first.DataFolder));
        Assert.NotEqual(first.DataFolder, second.DataFolder);
        Assert.True(await AzuriteProcess.IsReachableAsync(first.ConnectionString, Probe));
        Assert.True(await AzuriteProcess.IsReachableAsync(second.ConnectionString, Probe));

        // The instances are separate stores: a table made in one is not in the other.
        var name = TestNames.Table("isolated");
        await new TableClient(first.ConnectionString, name).CreateAsync();
        Assert.Single(await new TableServiceClient(first.ConnectionString).QueryAsync(t => t.Name == name).ToListAsync());
        Assert.Empty(await new TableServiceClient(second.ConnectionString).QueryAsync(t => t.Name == name).ToListAsync());
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(first.DataFolder));

        var firstConnection = first.ConnectionString;
        var firstFolder = first.DataFolder;
        await first.DisposeAsync();

        Assert.False(await AzuriteProcess.IsReachableAsync(firstConnection, Probe));
        Assert.False(Directory.Exists(firstFolder));
        Assert.True(await AzuriteProcess.IsReachableAsync(second.ConnectionString, Probe));
    }

    [Fact]
    public async Task Disposing_ends_the_process_and_keeps_in_its_data_folder_what_was_stored_just_before()
    {
        // Azurite saves its tables to disk every few seconds and on SIGTERM; its process outlives the
        // close on clean-up timers, so the stop kills it once all three services say they have closed.
        // Written just before the stop, the entity is on disk only if that kill came after the save.
        var folder = Directory.CreateTempSubdirectory("asiakasmaksu-azurite-kept-").FullName;
        try
        {
            var name = TestNames.Table("kept");
            var first = await AzuriteProcess.StartAsync(new AzuriteOptions { DataFolder = folder });
            var pid = first.ProcessId;
            var table = new TableClient(first.ConnectionString, name);
            await table.CreateAsync();
            await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "kept" });
            await first.DisposeAsync();

            Assert.True(first.HasExited);
            Assert.DoesNotContain(System.Diagnostics.Process.GetProcesses(), p => p.Id == pid);
            await using var second = await AzuriteProcess.StartAsync(new AzuriteOptions { DataFolder = folder });
            var reopened = new TableClient(second.ConnectionString, name);
            Assert.Equal("kept", (await reopened.GetEntityAsync<TableEntity>("p", "r")).Value.GetString("Value"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task In_memory_instance_stores_entities_and_writes_nothing_to_disk()
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });

        var table = new TableClient(azurite.ConnectionString, TestNames.Table("memory"));
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "kept" });

        Assert.Equal("kept", (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetString("Value"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(azurite.DataFolder));
    }

    [Fact]
    public async Task Connection_string_names_the_development_account_and_loopback_endpoints()
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });

        Assert.Equal("127.0.0.1", azurite.TableServiceUri.Host);
        Assert.Equal("/devstoreaccount1", azurite.BlobServiceUri.AbsolutePath);
        Assert.StartsWith("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8", azurite.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"TableEndpoint=http://127.0.0.1:{azurite.TableServiceUri.Port}/devstoreaccount1;", azurite.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"QueueEndpoint=http://127.0.0.1:{azurite.QueueServiceUri.Port}/devstoreaccount1;", azurite.ConnectionString, StringComparison.Ordinal);
        Assert.Contains(azurite.RecentOutput, l => l.Contains("Table service is successfully listening", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_closed_port_is_not_reachable()
    {
        var unused = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=x;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

        Assert.False(await AzuriteProcess.IsReachableAsync(unused, Probe));
    }

    [Fact]
    public async Task Probe_tells_answering_storage_from_storage_that_connects_but_does_not_answer_in_time_and_from_a_closed_port()
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the backlog) and never answers: a busy emulator
        var silentPort = ((IPEndPoint)silent.LocalEndpoint).Port;
        var closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=x;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

        Assert.Equal(StorageAnswer.Answers, await AzuriteProcess.ProbeAsync(azurite.ConnectionString, Probe));
        Assert.Equal(StorageAnswer.Slow, await AzuriteProcess.ProbeAsync(azurite.ConnectionString.Replace($":{azurite.TableServiceUri.Port}/", $":{silentPort}/", StringComparison.Ordinal), TimeSpan.FromSeconds(1)));
        Assert.Equal(StorageAnswer.Unreachable, await AzuriteProcess.ProbeAsync(closed, Probe));
    }

    private static int[] Ports(AzuriteProcess azurite) =>
        [azurite.BlobServiceUri.Port, azurite.QueueServiceUri.Port, azurite.TableServiceUri.Port];
}
