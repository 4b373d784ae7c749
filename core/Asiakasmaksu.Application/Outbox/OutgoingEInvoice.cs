namespace Asiakasmaksu.Application.Outbox;

/// <summary>An e-invoice ready to hand over: the notice it is (its id is the Finvoice message id) and the message.</summary>
/// <param name="NoticeId">The notice id, also the message's <c>MessageIdentifier</c>.</param>
/// <param name="Content">The Finvoice 3.0 message, UTF-8 XML.</param>
public sealed record OutgoingEInvoice(string NoticeId, ReadOnlyMemory<byte> Content)
{
    /// <summary>The name the message is handed over under: <c>{noticeId}.xml</c>.</summary>
    public string FileName => $"{NoticeId}.xml";
}
