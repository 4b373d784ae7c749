using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>Billing files in a local folder; error reports in a sibling folder (the local stand-ins for the billing and billing-errors containers).</summary>
public sealed class FolderBillingFileStore(string billingFolder, string errorsFolder) : IBillingFileStore
{
    /// <inheritdoc/>
    public IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => IncomingFolder.ListAsync(billingFolder, cancellationToken);

    /// <inheritdoc/>
    public Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(Path.Combine(billingFolder, FileNames.Safe(name)), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true));

    /// <inheritdoc/>
    public async Task<string> WriteErrorReportAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(errorsFolder);
        var path = Path.Combine(errorsFolder, FileNames.Safe(fileName) + ".errors.csv");
        await using var file = File.Create(path);
        await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <inheritdoc/>
    public Task<Stream?> OpenErrorReportAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(errorsFolder, FileNames.Safe(fileName) + ".errors.csv");
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null);
    }

    /// <inheritdoc/>
    public Task DeleteErrorReportAsync(string fileName, CancellationToken cancellationToken)
    {
        File.Delete(Path.Combine(errorsFolder, FileNames.Safe(fileName) + ".errors.csv"));
        return Task.CompletedTask;
    }
}
