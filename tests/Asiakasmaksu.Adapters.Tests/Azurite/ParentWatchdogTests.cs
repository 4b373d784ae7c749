using System.Diagnostics;
using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class ParentWatchdogTests
{
    /// <summary>Stdin closing (the parent died) stops node as SIGTERM does: Azurite's handler saves its data, then exits.</summary>
    [Fact]
    public async Task Node_with_the_watchdog_is_stopped_by_sigterm_when_its_stdin_closes_as_it_does_when_the_parent_dies()
    {
        var folder = Directory.CreateTempSubdirectory("asiakasmaksu-watchdog-test-").FullName;
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardInput = true, UseShellExecute = false };
            start.ArgumentList.Add("--require");
            start.ArgumentList.Add(ParentWatchdog.WriteTo(folder));
            start.ArgumentList.Add("-e");
            var saved = Path.Combine(folder, "saved");
            start.ArgumentList.Add($"process.on('SIGTERM', () => {{ require('fs').writeFileSync({System.Text.Json.JsonSerializer.Serialize(saved)}, 'saved'); process.exit(0); }}); setInterval(() => {{}}, 1000);");
            using var node = Process.Start(start)!;

            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(node.HasExited);

            node.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await node.WaitForExitAsync(wait.Token);
            Assert.Equal(0, node.ExitCode);
            Assert.True(File.Exists(saved), "the SIGTERM handler did not run");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
