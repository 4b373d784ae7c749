using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Testing.Docs;
using OpenQA.Selenium.Chrome;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// One local host for the browser tests (shared by <see cref="BrowserCollection"/>): Azurite, <c>serve --speed 1 --from 2026-02-09</c> as the
/// real process on a free loopback port (the staff API and the web app on one origin), the sample billing file
/// of January 2026 imported with <c>import</c>, and one headless Chromium driven through Debian's chromedriver.
/// </summary>
public sealed class StaffWebHost : IAsyncLifetime
{
    /// <summary>Debian's Chromium (package <c>chromium</c>).</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Debian's driver for it (package <c>chromium-driver</c>).</summary>
    public const string ChromeDriverFolder = "/usr/bin";

    private const string Prefix = "web";
    private readonly StringBuilder printed = new();
    private TempDir? dir;
    private AzuriteProcess? azurite;
    private Process? serve;
    private Dictionary<string, string> environment = [];

    /// <summary>The app's address, ending in a slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The browser.</summary>
    public ChromeDriver Driver { get; private set; } = default!;

    /// <summary>Where the screenshots go (the test output's <c>screenshots</c> folder).</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Where the browser saves downloads.</summary>
    public string Downloads { get; } = Path.Combine(AppContext.BaseDirectory, "downloads");

    /// <summary>Where serve keeps the notices it sent (letters, emails, e-invoices).</summary>
    public string NoticesFolder => Path.Combine(dir!.Path, "notices");

    /// <summary>What serve printed so far (shown when a test fails).</summary>
    public string Printed
    {
        get
        {
            lock (printed)
            {
                return printed.ToString();
            }
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium) || !File.Exists(Path.Combine(ChromeDriverFolder, "chromedriver")))
        {
            throw new InvalidOperationException(
                "The browser tests need Debian's Chromium and its driver at /usr/bin/chromium and /usr/bin/chromedriver: " +
                "apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core (as .ci/run does).");
        }

        Directory.CreateDirectory(Screenshots);
        if (Directory.Exists(Downloads))
        {
            Directory.Delete(Downloads, recursive: true);
        }

        Directory.CreateDirectory(Downloads);
        dir = new TempDir();
        azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        environment = new Dictionary<string, string>
        {
            ["Asiakasmaksu__Storage__ConnectionString"] = azurite.ConnectionString,
            ["Asiakasmaksu__Storage__TablePrefix"] = Prefix,
            ["Asiakasmaksu__Notices__Folder"] = NoticesFolder,
            ["NO_COLOR"] = "1",
        };
        serve = Start(dir.Path, ["serve", "--speed", "1", "--from", "2026-02-09", "--urls", $"http://127.0.0.1:{port}"], environment);
        serve.OutputDataReceived += (_, e) => Print(e.Data);
        serve.ErrorDataReceived += (_, e) => Print(e.Data);
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        await WaitForServeAsync();

        await ImportAsync("demo-billing-2026-01.csv", File.ReadAllText(Path.Combine(DocPages.RepositoryRoot, "samples", "demo-billing-2026-01.csv")));

        var service = ChromeDriverService.CreateDefaultService(ChromeDriverFolder, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fi-FI", "--disable-gpu");
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        if (serve is not null)
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }

            await serve.WaitForExitAsync();
            serve.Dispose();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        dir?.Dispose();
    }

    /// <summary>
    /// Logs an import of <paramref name="name"/> that stopped before its file's end with
    /// <paramref name="invoicesCreated"/> invoices created, as the import orchestration logs one when a
    /// slice fails on every retry (docs/billing-file.md), in serve's store.
    /// </summary>
    public Task LogStoppedImportAsync(string name, int invoicesCreated)
    {
        var log = new AzureImportLog(StorageAccess.ForConnectionString(azurite!.ConnectionString, Prefix).Table(StorageNames.ImportLogTable));
        var counts = new ImportCounts(invoicesCreated, invoicesCreated, 0, 0, 0, invoicesCreated, 0, 0m);
        var outcome = new ImportOutcome(name, counts.Report(name, "hash", []), null, null, BillingFileImportSteps.StoppedReason(invoicesCreated));
        return new ImportBookkeeping(log).LogBillingFileAsync(outcome, new DateTimeOffset(2026, 2, 2, 6, 0, 0, TimeSpan.Zero), CancellationToken.None);
    }

    /// <summary>Imports a billing file with <c>import</c> beside serve, as the billing office does.</summary>
    public async Task ImportAsync(string name, string content)
    {
        var billing = Path.Combine(dir!.Path, name);
        await File.WriteAllTextAsync(billing, content);
        using var import = Start(dir.Path, ["import", billing], environment);
        var output = import.StandardOutput.ReadToEndAsync();
        var errors = import.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await import.WaitForExitAsync(limit.Token);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"import of {name} exited {import.ExitCode}: {await output} {await errors}");
        }
    }

    private async Task WaitForServeAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            if (serve!.HasExited)
            {
                throw new InvalidOperationException("serve stopped: " + Printed);
            }

            try
            {
                using var reply = await http.GetAsync(BaseUrl + "local/sign-in");
                if (reply.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("serve did not answer within 3 minutes: " + Printed);
            }

            await Task.Delay(250);
        }
    }

    private void Print(string? line)
    {
        if (line is not null)
        {
            lock (printed)
            {
                printed.AppendLine(line);
            }
        }
    }

    private static Process Start(string workingDirectory, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "asiakasmaksu.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A folder of its own, deleted afterwards.</summary>
    private sealed class TempDir : IDisposable
    {
        public TempDir() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "asiakasmaksu-staffweb-tests", Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A process may still hold a file for a moment.
            }
        }
    }
}
