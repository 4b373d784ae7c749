using Asiakasmaksu.Application.Files;

namespace Asiakasmaksu.Application.Payments;

/// <summary>Where bank payment files arrive and their reports go: the payments and payments-reports containers in Azure, folders locally.</summary>
public interface IPaymentFileStore
{
    /// <summary>The files waiting in the payments container or folder.</summary>
    IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken);

    /// <summary>Opens a file for reading.</summary>
    Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Stores the report of <paramref name="fileName"/> (as <c>&lt;file&gt;.report.json</c>); returns where it is.</summary>
    Task<string> WriteReportAsync(string fileName, Stream content, CancellationToken cancellationToken);
}
