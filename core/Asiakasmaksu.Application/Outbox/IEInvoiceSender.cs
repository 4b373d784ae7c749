namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// Hands one e-invoice (a Finvoice message) to the operator's pickup: the <c>einvoices</c> blob
/// container in Azure, a local folder in the local host. Writes each notice's message once: a second
/// send of the same notice id writes nothing and answers where the first is.
/// </summary>
public interface IEInvoiceSender
{
    /// <summary>Sends it; returns where it went (a blob or a file). Throws on failure, so the outbox retries.</summary>
    Task<string> SendAsync(OutgoingEInvoice einvoice, CancellationToken cancellationToken);
}
