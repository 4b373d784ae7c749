namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>The notices of one invoice, oldest first, as <c>GET /api/invoices/{invoiceId}/notices</c> answers them.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Notices">Its notices, in the order of the events that caused them.</param>
public sealed record InvoiceNotices(string InvoiceId, IReadOnlyList<NoticeView> Notices);
