using System.Diagnostics;
using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class ParentWatchdogTests
{
    [Fact]
    public async Task Node_with_the_watchdog_exits_when_its_stdin_closes_as_it_does_when_the_parent_dies()
    {
        var folder = Directory.CreateTempSubdirectory("asiakasmaksu-watchdog-test-").FullName;
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardInput = true, UseShellExecute = false };
            start.ArgumentList.Add("--require");
            start.ArgumentList.Add(ParentWatchdog.WriteTo(folder));
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add("setInterval(() => {}, 1000);");
            using var node = Process.Start(start)!;

            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(node.HasExited);

            node.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await node.WaitForExitAsync(wait.Token);
            Assert.Equal(0, node.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
