namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>One notification: to whom ("approvers" or the requester's staff id), about which request, in which status.</summary>
/// <param name="To">The recipient.</param>
/// <param name="RequestId">The deferral request.</param>
/// <param name="Status">Its status when told.</param>
public sealed record StaffNotification(string To, string RequestId, string Status);
