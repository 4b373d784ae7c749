namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A notice an invoice caused (the invoice, a reminder, a letter, a confirmation) and how it went out.</summary>
/// <param name="NoticeId">The notice (<c>{invoiceId}-{event number}</c>).</param>
/// <param name="Kind">invoice, reminder, collection_letter_1, collection_letter_2, enforcement, deferral_confirmation, payment_plan_confirmation or waiver_confirmation.</param>
/// <param name="Date">Its date.</param>
/// <param name="DueDate">The due date it gives, or null.</param>
/// <param name="Channel">letter, email or einvoice; null while it waits in the outbox.</param>
/// <param name="SentAt">When it was delivered; null while it waits.</param>
/// <param name="HasFile">Whether its rendered file can be opened (<c>GET …/notices/{noticeId}/file</c>).</param>
public sealed record NoticeView(string NoticeId, string Kind, DateOnly Date, DateOnly? DueDate, string? Channel, DateTimeOffset? SentAt, bool HasFile);
