namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// The e-invoice sender of a dispatcher given none (simulations): the message is kept in the notice
/// archive as <c>einvoices/{noticeId}.xml</c>, where the local host's folder sender writes it too.
/// </summary>
internal sealed class ArchiveEInvoiceSender(INoticeArchive archive) : IEInvoiceSender
{
    /// <summary>The archive folder e-invoices go to.</summary>
    public const string Folder = "einvoices";

    public Task<string> SendAsync(OutgoingEInvoice einvoice, CancellationToken cancellationToken) =>
        archive.StoreAsync($"{Folder}/{einvoice.FileName}", einvoice.Content, "application/xml", cancellationToken);
}
