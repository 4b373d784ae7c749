using System.Text.RegularExpressions;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// Reads Azurite's start-up lines ("Azurite Table service is successfully listening at http://127.0.0.1:37911")
/// and completes once the blob, queue and table services all listen.
/// </summary>
internal sealed partial class ListeningParser
{
    private readonly Dictionary<string, Uri> services = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<AzuriteEndpoints> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the three services' base addresses.</summary>
    public Task<AzuriteEndpoints> Ready => ready.Task;

    /// <summary>Looks at one output line.</summary>
    public void OnLine(string line)
    {
        var match = ListeningLine().Match(line);
        if (!match.Success || !Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var uri))
        {
            return;
        }

        lock (services)
        {
            services[match.Groups["service"].Value] = uri;
            if (services.Count == 3)
            {
                ready.TrySetResult(new AzuriteEndpoints(services["Blob"], services["Queue"], services["Table"]));
            }
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at (?<url>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningLine();
}
