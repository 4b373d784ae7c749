using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// The local host's e-invoice sender: writes each Finvoice message as <c>{noticeId}.xml</c> in a
/// folder (by default <c>einvoices/</c> under the notices folder), where an operator's connector, or
/// a person, picks them up. A message already written is not written again.
/// </summary>
public sealed class FolderEInvoiceSender(string folder) : IEInvoiceSender
{
    private readonly WriteOnceFolder files = new(folder);

    /// <inheritdoc/>
    public Task<string> SendAsync(OutgoingEInvoice einvoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(einvoice);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(files.Write(FileNames.Safe(einvoice.NoticeId) + ".xml", einvoice.Content.Span));
    }
}
