using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>A notice delivered, and how.</summary>
/// <param name="Notice">The notice.</param>
/// <param name="Delivery">Channel, time and where the rendered copy is.</param>
public sealed record DispatchedNotice(Notice Notice, NoticeDelivery Delivery);
