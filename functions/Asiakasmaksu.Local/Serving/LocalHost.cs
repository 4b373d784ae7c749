using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Local.Durable;
using Asiakasmaksu.Local.Identity;
using Asiakasmaksu.StaffApi.Endpoints;
using Asiakasmaksu.StaffApi.Hosting;
using Asiakasmaksu.StaffApi.Identity;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Builds the local host from the same registrations as the Functions app (core/Asiakasmaksu.Hosting),
/// plus what is its own: callers by local API keys, staff notifications to a folder, the Durable Task
/// engine on the Azure Storage provider over Azurite (started here when no connection string is
/// configured), the watchers of the billing and payments containers, the outbox
/// sweeper, the hourly housekeeping, and Kestrel on loopback with the staff API and its OpenAPI document.
/// </summary>
internal static class LocalHost
{
    public static async Task<LocalHostHandle> BuildAsync(string[] args, LocalHostSetup setup, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(setup.Settings);
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var section = builder.Configuration.GetSection("Asiakasmaksu");
        var (connection, owned) = await StorageAsync(setup, section, cancellationToken).ConfigureAwait(false);
        try
        {
            var storage = StorageAccess.ForConnectionString(connection, section["Storage:TablePrefix"] ?? string.Empty);
            var handled = new HandledFiles(storage.Table(HandledFiles.TableName));
            builder.Services.AddSingleton(handled);
            AddServices(builder.Services, section, storage, connection, setup);
            builder.Services.AddHostedService(sp => new StorageWatchdog(connection, owned, ct => ProvisionAsync(sp, storage, handled, ct), sp.GetRequiredService<ILogger<StorageWatchdog>>()));
            var app = builder.Build();
            await ProvisionAsync(app.Services, storage, handled, cancellationToken).ConfigureAwait(false);
            app.UseStaffApiProblems();
            app.MapOpenApi();
            app.MapStaffApi();
            app.MapStaffWebApp();
            return new LocalHostHandle(app, owned, connection);
        }
        catch
        {
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Creates what the local host keeps its data in, where missing: the application's tables and
    /// containers, the handled files' table and the task hub (at start, and again after the Azurite
    /// it owns was restarted: one that died before saving may have lost them).
    /// </summary>
    private static async Task ProvisionAsync(IServiceProvider services, StorageAccess storage, HandledFiles handled, CancellationToken cancellationToken)
    {
        await StorageSetup.EnsureCreatedAsync(storage, cancellationToken).ConfigureAwait(false);
        await handled.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<LocalDurableEngine>().EnsureCreatedAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The storage to run on: the setup's, the configured one (refused when it does not answer), the Azurite another
    /// process of the local host runs on the data folder (a command beside a running <c>serve</c>), or
    /// else an Azurite started here on that folder.
    /// </summary>
    private static async Task<(string Connection, OwnedStorage? Owned)> StorageAsync(LocalHostSetup setup, IConfigurationSection section, CancellationToken cancellationToken)
    {
        if (setup.ConnectionString is { } given)
        {
            return (given, null);
        }

        var configured = section["Storage:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (await ConfiguredStorageAsync(configured).ConfigureAwait(false), null);
        }

        // Azurite keeps its tables in node's heap; serve's data grow with every file, so the heap may
        // grow past node's default of about 4 GB (a million-line file needs more) before Azurite dies.
        var options = new AzuriteOptions
        {
            DataFolder = Path.GetFullPath(section["Storage:AzuriteDataFolder"] ?? "local-data/azurite"),
            NodeHeapLimitMegabytes = section.GetValue("Storage:AzuriteHeapMegabytes", 12288),
        };
        var (connection, started) = await AzuriteProcess.StartOrAttachAsync(options, cancellationToken).ConfigureAwait(false);
        return (connection, started is null ? null : new OwnedStorage(started, options));
    }

    /// <summary>
    /// A configured connection string wins: it is used when it answers, and refused in one line when
    /// it cannot be read or does not answer (never replaced by a local Azurite, whose data would be
    /// other data than the user meant).
    /// </summary>
    private static async Task<string> ConfiguredStorageAsync(string configured)
    {
        const string Setting = "Asiakasmaksu:Storage:ConnectionString (Asiakasmaksu__Storage__ConnectionString)";
        bool reachable;
        try
        {
            reachable = await AzuriteProcess.IsReachableAsync(configured, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new StorageSettingException($"the storage connection string in {Setting} cannot be read: it names no storage endpoint or account");
        }

        return reachable
            ? configured
            : throw new StorageSettingException($"the storage of {Setting} does not answer; start it, or leave the setting empty and the local host starts Azurite itself");
    }

    private static void AddServices(IServiceCollection s, IConfigurationSection section, StorageAccess storage, string connection, LocalHostSetup setup)
    {
        setup.Configure?.Invoke(s);
        var clock = setup.Clock ?? SystemBusinessClock.Instance;
        s.AddSingleton(clock);
        if (setup.Governor is { } governor)
        {
            s.AddSingleton(governor);
            s.AddSingleton<IDueWorkLedger>(governor);
        }

        s.AddAsiakasmaksu(section, storage, allowExampleIssuer: true);
        s.AddOpenApi();
        s.AddSingleton<IStaffNotifier>(new FolderStaffNotifier(Path.Combine(AsiakasmaksuServices.NoticesFolder(section), "staff")));
        s.AddSingleton<ICallerAuthenticator>(new LocalKeyAuthenticator(section.GetSection("Local:ApiKeys").Get<List<LocalApiKey>>() ?? []));
        var engineOptions = section.GetSection("Durable").Get<LocalEngineOptions>() ?? new LocalEngineOptions();
        if (setup.Governor is not null)
        {
            // Under the demonstration clock an activity whose timer fired early waits in place for
            // business time, so many may wait at once.
            engineOptions.MaxConcurrentActivities = Math.Max(engineOptions.MaxConcurrentActivities, 1000);
        }

        s.AddSingleton(sp => new LocalDurableEngine(connection, engineOptions, sp, sp.GetRequiredService<ILoggerFactory>()));
        s.AddSingleton<IWorkflowEngine>(sp =>
        {
            var engine = new TaskHubClientEngine(sp.GetRequiredService<LocalDurableEngine>().Client);
            return setup.Governor is { } ledger ? new LedgeredWorkflowEngine(engine, ledger, ledger) : engine;
        });
        s.AddSingleton<IBillingImportStarter>(sp => new TaskHubBillingImportStarter(new TaskHubClientEngine(sp.GetRequiredService<LocalDurableEngine>().Client)));
        if (setup.RunEngine)
        {
            s.AddHostedService(sp => sp.GetRequiredService<LocalDurableEngine>());
        }

        s.AddSingleton<BillingWatcherService>();
        s.AddSingleton<PaymentsWatcherService>();
        s.AddSingleton(OutboxSweeperOptions.ForSpeed(clock is ScaledBusinessClock scaled ? scaled.Speed : 1));
        s.AddSingleton(sp => new OutboxSweeper(
            sp.GetRequiredService<INoticeDispatcher>(),
            sp.GetRequiredService<IOutboxStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<OutboxSweeperOptions>(),
            sp.GetRequiredService<ILogger<OutboxSweeper>>(),
            setup.Governor));
        if (setup.Watch)
        {
            s.AddHostedService(sp => sp.GetRequiredService<BillingWatcherService>());
            s.AddHostedService(sp => sp.GetRequiredService<PaymentsWatcherService>());
        }

        if (setup.Sweep)
        {
            s.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
        }

        if (setup.Housekeep)
        {
            s.AddHostedService<HousekeepingService>();
        }
    }
}
