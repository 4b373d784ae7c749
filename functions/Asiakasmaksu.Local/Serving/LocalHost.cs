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
/// configured or it does not answer), the watchers of the billing and payments containers, the outbox
/// sweeper, and Kestrel on loopback with the staff API and its OpenAPI document.
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
        var (connection, azurite) = await StorageAsync(setup, section, cancellationToken).ConfigureAwait(false);
        try
        {
            var storage = StorageAccess.ForConnectionString(connection, section["Storage:TablePrefix"] ?? string.Empty);
            await StorageSetup.EnsureCreatedAsync(storage, cancellationToken).ConfigureAwait(false);
            AddServices(builder.Services, section, storage, connection, setup);
            var app = builder.Build();
            await app.Services.GetRequiredService<LocalDurableEngine>().EnsureCreatedAsync().ConfigureAwait(false);
            app.UseStaffApiProblems();
            app.MapOpenApi();
            app.MapStaffApi();
            app.MapGet("/", () => Results.Redirect("/openapi/v1.json")).ExcludeFromDescription();
            return new LocalHostHandle(app, azurite, connection);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>The storage to run on: the setup's, the configured one if it answers, else an Azurite started here (data kept in its folder).</summary>
    private static async Task<(string Connection, AzuriteProcess? Azurite)> StorageAsync(LocalHostSetup setup, IConfigurationSection section, CancellationToken cancellationToken)
    {
        if (setup.ConnectionString is { } given)
        {
            return (given, null);
        }

        var configured = section["Storage:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(configured) && await AzuriteProcess.IsReachableAsync(configured, TimeSpan.FromSeconds(3)).ConfigureAwait(false))
        {
            return (configured, null);
        }

        // Azurite keeps its tables in node's heap; serve's data grow with every file, so the heap may
        // grow past node's default of about 4 GB (a million-line file needs more) before Azurite dies.
        var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions
            {
                DataFolder = Path.GetFullPath(section["Storage:AzuriteDataFolder"] ?? "local-data/azurite"),
                NodeHeapLimitMegabytes = section.GetValue("Storage:AzuriteHeapMegabytes", 12288),
            },
            cancellationToken).ConfigureAwait(false);
        return (azurite.ConnectionString, azurite);
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
    }
}
