namespace Asiakasmaksu.Application.Outbox;

/// <summary>How and when a notice was delivered.</summary>
/// <param name="Channel">"einvoice", "email" or "letter"; "withheld" for a notice not sent because its invoice was closed unpaid while it waited (<see cref="OutboxDispatcher.WithheldChannel"/>).</param>
/// <param name="At">When.</param>
/// <param name="Location">Where the rendered notice is kept (blob name or file path).</param>
public sealed record NoticeDelivery(string Channel, DateTimeOffset At, string Location);
