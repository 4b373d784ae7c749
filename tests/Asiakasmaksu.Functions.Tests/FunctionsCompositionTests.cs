using System.Reflection;
using Asiakasmaksu.Functions.Composition;
using Asiakasmaksu.Functions.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>
/// Every class of the app that holds a function can be made from the app's services, as the worker
/// makes it for each invocation; and the issuer printed on notices must be complete outside development.
/// </summary>
public sealed class FunctionsCompositionTests
{
    /// <summary>What a deployment sets (docs/deploy.md), with Azurite's well-known development account standing in for the managed identity.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Asiakasmaksu:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Asiakasmaksu:Notices:Folder"] = Path.Combine(Path.GetTempPath(), "asiakasmaksu-functions-composition"),
    };

    [Fact]
    public void GivenTheAppsServices_ThenEveryFunctionClassCanBeMade()
    {
        using var services = Services(Settings, Environments.Development);
        var classes = typeof(InvoiceFunctions).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();

        Assert.True(classes.Count >= 10, $"only {classes.Count} classes with functions were found");
        foreach (var type in classes)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(services, type));
        }
    }

    [Fact]
    public void GivenNoIssuerSettingsOutsideDevelopment_ThenTheAppRefusesToStart()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Services(Settings, Environments.Production).Dispose());

        Assert.StartsWith("The issuer settings Asiakasmaksu__Issuer__* are incomplete", e.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, string environment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddFunctionsApp(configuration, new HostingEnvironment { EnvironmentName = environment });
        return services.BuildServiceProvider();
    }
}
