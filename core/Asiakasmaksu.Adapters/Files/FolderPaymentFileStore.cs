using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Payments;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>Payment files in a local folder; reports in a sibling folder (the local stand-ins for the payments and payments-reports containers).</summary>
public sealed class FolderPaymentFileStore(string paymentsFolder, string reportsFolder) : IPaymentFileStore
{
    /// <inheritdoc/>
    public IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => IncomingFolder.ListAsync(paymentsFolder, cancellationToken);

    /// <inheritdoc/>
    public Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(Path.Combine(paymentsFolder, FileNames.Safe(name)), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true));

    /// <inheritdoc/>
    public async Task<string> WriteReportAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(reportsFolder);
        var path = Path.Combine(reportsFolder, FileNames.Safe(fileName) + ".report.json");
        await using var file = File.Create(path);
        await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        return path;
    }
}
