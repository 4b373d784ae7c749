using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// The local host keeps what it is given, as a new user runs it in a fresh folder with no settings
/// (its own Azurite on <c>local-data/azurite</c>): <c>import</c> then <c>serve</c> sees every
/// invoice and does not import the file again; <c>import</c> beside a running <c>serve</c> uses
/// serve's Azurite (serve sees the invoices at once); SIGTERM stops <c>serve</c> within seconds and
/// its Azurite writes everything to disk first; when its Azurite dies, serve answers 503, says so
/// and recovers.
/// </summary>
public sealed class LocalDataKeptTests
{
    private const string Sample = "demo-billing-2026-01.csv";

    /// <summary>The sample's invoices (docs/simulate.md: 163 invoices from 328 lines).</summary>
    private const int SampleInvoices = 163;

    /// <summary>Far more than serve needs to stop (its engine gets 5 s, Azurite 10 s), far less than the minute it once took.</summary>
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task GivenAFreshFolder_WhenImportThenServe_ThenServeSeesEveryInvoiceAndDoesNotImportTheFileAgain()
    {
        using var dir = new TempFolder();
        var file = CopySample(dir);

        var import = await LocalCliProcess.RunAsync(dir.Path, "import", file);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains($"{SampleInvoices} invoices created", import.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);

        // The four rejected lines' report is next to the file, as docs/billing-file.md says, and its path printed.
        Assert.True(File.Exists(file + ".errors.csv"), import.Output);
        Assert.Contains(file + ".errors.csv", import.Output.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);

        var serve = ServeProcess.Start(dir.Path);
        try
        {
            Assert.Equal(SampleInvoices, await serve.CountInvoicesAsync(ClientIds(file)));

            // Two watcher passes (one a second) after serve answered: the file is not imported again.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await serve.TerminateAsync(StopDeadline);
        }

        Assert.DoesNotContain($"Importing {Sample}", await serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenServeRunning_WhenImportBesideItThenServeGetsSigterm_ThenServeSeesTheInvoicesAtOnceStopsWithinSecondsAndKeepsThem()
    {
        using var dir = new TempFolder();
        var file = CopySample(dir);
        var dataFolder = Path.Combine(dir.Path, "local-data", "azurite");

        var serve = ServeProcess.Start(dir.Path);
        try
        {
            await serve.WaitUntilAnsweringAsync();
            var import = await LocalCliProcess.RunAsync(dir.Path, "import", file);
            Assert.True(import.ExitCode == 0, import.Error);

            // Seen by serve at once: the import wrote into serve's Azurite, not a second one on the same folder.
            Assert.Equal(SampleInvoices, await serve.CountInvoicesAsync(ClientIds(file)));
        }
        finally
        {
            await serve.TerminateAsync(StopDeadline);
        }

        // Serve's Azurite stopped with serve and released the folder; what it wrote is on disk.
        Assert.Null(DataFolderOwner.RunningConnectionString(dataFolder));
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { DataFolder = dataFolder });
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = azurite.ConnectionString });
        var kept = 0;
        await foreach (var _ in store.ListAllAsync(CancellationToken.None))
        {
            kept++;
        }

        Assert.Equal(SampleInvoices, kept);
    }

    [Fact]
    public async Task GivenServeRunning_WhenItsAzuriteIsKilled_ThenServeAnswers503SaysSoAndRecoversWithTheDataAlreadySaved()
    {
        using var dir = new TempFolder();
        var file = CopySample(dir);
        var dataFolder = Path.Combine(dir.Path, "local-data", "azurite");
        var import = await LocalCliProcess.RunAsync(dir.Path, "import", file);
        Assert.True(import.ExitCode == 0, import.Error);

        var serve = ServeProcess.Start(dir.Path);
        try
        {
            await serve.WaitUntilAnsweringAsync();
            var tablePort = TablePortOf(DataFolderOwner.RunningConnectionString(dataFolder)
                ?? throw new InvalidOperationException("serve's Azurite is not recorded as running"));
            using (var azurite = Process.GetProcessById(AzuriteOn(dataFolder)))
            {
                azurite.Kill();
                await azurite.WaitForExitAsync();
            }

            // Storage gone: a clear 503, not a 500. The test holds the table port meanwhile (it
            // listens and resets every connection), so a new Azurite cannot bind it and the outage
            // lasts until the assertion is made, however fast serve restarts its Azurite.
            await using (PortThatRefuses.Hold(tablePort))
            {
                Assert.Equal(503, await serve.StatusOfAsync("/api/clients/C0000001/invoices"));
            }

            // Port released: serve restarts its Azurite and answers again.
            var until = DateTime.UtcNow.AddMinutes(1);
            while (await serve.StatusOfAsync("/api/clients/C0000001/invoices") != 200)
            {
                Assert.True(DateTime.UtcNow < until, "serve did not recover within a minute of its Azurite's death");
                await Task.Delay(500);
            }

            // What the import's Azurite wrote to disk when it stopped is there again.
            Assert.Equal(SampleInvoices, await serve.CountInvoicesAsync(ClientIds(file)));
        }
        finally
        {
            await serve.TerminateAsync(StopDeadline);
        }

        var printed = await serve.Output;
        Assert.Contains("stopped unexpectedly; starting it again", printed, StringComparison.Ordinal);
        Assert.Contains("storage does not answer", printed, StringComparison.Ordinal);
    }

    /// <summary>A loopback port held by the test: every connection is accepted and reset at once.</summary>
    private sealed class PortThatRefuses : IAsyncDisposable
    {
        private readonly TcpListener listener;
        private readonly Task resetting;

        private PortThatRefuses(TcpListener listener)
        {
            this.listener = listener;
            resetting = ResetAllAsync();
        }

        /// <summary>Holds <paramref name="port"/> (right after its Azurite died, before serve restarts it).</summary>
        public static PortThatRefuses Hold(int port)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return new PortThatRefuses(listener);
        }

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            await resetting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        private async Task ResetAllAsync()
        {
            while (true)
            {
                using var connection = await listener.AcceptSocketAsync().ConfigureAwait(false);
                connection.LingerState = new LingerOption(true, 0);
            }
        }
    }

    /// <summary>The table endpoint's port in an Azurite connection string.</summary>
    private static int TablePortOf(string connectionString) =>
        connectionString.Split(';')
            .Where(part => part.StartsWith("TableEndpoint=", StringComparison.Ordinal))
            .Select(part => new Uri(part["TableEndpoint=".Length..]).Port)
            .Single();

    /// <summary>The process id of the Azurite (node) running on <paramref name="dataFolder"/>.</summary>
    private static int AzuriteOn(string dataFolder)
    {
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(proc), out var pid)
                && File.Exists(Path.Combine(proc, "cmdline"))
                && File.ReadAllText(Path.Combine(proc, "cmdline")) is var command
                && command.Contains("azurite", StringComparison.Ordinal)
                && command.Contains(dataFolder, StringComparison.Ordinal))
            {
                return pid;
            }
        }

        throw new InvalidOperationException($"No Azurite runs on {dataFolder}.");
    }

    private static string CopySample(TempFolder dir)
    {
        var file = Path.Combine(dir.Path, Sample);
        File.Copy(Path.Combine(DocPages.RepositoryRoot, "samples", Sample), file);
        return file;
    }

    /// <summary>The file's distinct client ids (the third column; the sample is separated by semicolons).</summary>
    private static List<string> ClientIds(string file) =>
        [.. File.ReadLines(file).Skip(1).Select(line => line.Split(';')[2]).Distinct(StringComparer.Ordinal)];

    /// <summary><c>serve</c> as a process in a folder, on a free loopback port, with the team's local API key.</summary>
    private sealed class ServeProcess
    {
        private readonly Process process;
        private readonly HttpClient http;

        private ServeProcess(Process process, HttpClient http, Task<string> output)
        {
            this.process = process;
            this.http = http;
            Output = output;
        }

        /// <summary>What serve printed, once it has exited.</summary>
        public Task<string> Output { get; }

        public static ServeProcess Start(string folder)
        {
            var port = FreePort();
            var process = LocalCliProcess.Start(folder, ["serve", "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>
            {
                ["Asiakasmaksu__Billing__PollSeconds"] = "1",
            });
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "local-team-key-0001");
            return new ServeProcess(process, http, process.WaitForExitAsync().ContinueWith(_ => { lock (output) { return output.ToString(); } }, TaskScheduler.Default));
        }

        /// <summary>Waits (at most two minutes: Azurite and the engine start first) until serve answers HTTP.</summary>
        public async Task WaitUntilAnsweringAsync()
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"serve stopped: {await Output}");
                }

                try
                {
                    using var reply = await http.GetAsync("/openapi/v1.json");
                    if (reply.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException) when (DateTime.UtcNow < until)
                {
                    // Not listening yet.
                }

                Assert.True(DateTime.UtcNow < until, "serve did not answer within two minutes");
                await Task.Delay(250);
            }
        }

        /// <summary>The HTTP status serve answers to GET <paramref name="path"/>.</summary>
        public async Task<int> StatusOfAsync(string path)
        {
            using var reply = await http.GetAsync(path);
            return (int)reply.StatusCode;
        }

        /// <summary>The invoices serve lists for <paramref name="clients"/>, all pages.</summary>
        public async Task<int> CountInvoicesAsync(IEnumerable<string> clients)
        {
            await WaitUntilAnsweringAsync();
            var count = 0;
            foreach (var client in clients)
            {
                string? continuation = null;
                do
                {
                    var path = $"/api/clients/{Uri.EscapeDataString(client)}/invoices" + (continuation is null ? string.Empty : $"?continuation={Uri.EscapeDataString(continuation)}");
                    var page = await http.GetFromJsonAsync<Page>(path);
                    count += page!.Items.Count;
                    continuation = page.Continuation;
                }
                while (continuation is not null);
            }

            return count;
        }

        /// <summary>Sends SIGTERM and asserts serve exits by itself within <paramref name="deadline"/> (killed after it, to leave nothing behind).</summary>
        public async Task TerminateAsync(TimeSpan deadline)
        {
            http.Dispose();
            if (process.HasExited)
            {
                return;
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            var clock = Stopwatch.StartNew();
            using var limit = new CancellationTokenSource(deadline);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.Fail($"serve was still running {deadline.TotalSeconds} s after SIGTERM: {await Output}");
            }

            Assert.True(clock.Elapsed < deadline, $"serve took {clock.Elapsed.TotalSeconds:0.0} s to stop");
        }

        private static int FreePort()
        {
            using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        private sealed record Page(IReadOnlyList<object> Items, string? Continuation);
    }
}
