using Asiakasmaksu.Application.Files;

namespace Asiakasmaksu.Application.Import;

/// <summary>Where billing files arrive and their error reports go: the billing and billing-errors containers in Azure, folders locally.</summary>
public interface IBillingFileStore
{
    /// <summary>The files waiting in the billing container or folder.</summary>
    IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken);

    /// <summary>Opens a file for reading.</summary>
    Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Stores the error report of <paramref name="fileName"/> (as <c>&lt;file&gt;.errors.csv</c>) from <paramref name="content"/>; returns where it is.</summary>
    Task<string> WriteErrorReportAsync(string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the error report of <paramref name="fileName"/> (the rejected lines as CSV), or null when there is none; a store that keeps none answers null.</summary>
    Task<Stream?> OpenErrorReportAsync(string fileName, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

    /// <summary>Deletes the error report of <paramref name="fileName"/> if there is one (the parts of a report made in slices, <see cref="ImportReportParts"/>); a store that keeps none does nothing.</summary>
    Task DeleteErrorReportAsync(string fileName, CancellationToken cancellationToken) => Task.CompletedTask;
}
