using System.Globalization;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Files;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>Lists the files waiting in a local input folder (the stand-in for an input container), by name; <c>.tmp</c> files still being written are left out.</summary>
internal static class IncomingFolder
{
    public static async IAsyncEnumerable<IncomingFile> ListAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(path);
            yield return new IncomingFile(info.Name, string.Create(CultureInfo.InvariantCulture, $"{info.Length}-{info.LastWriteTimeUtc.Ticks}"), info.Length);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
